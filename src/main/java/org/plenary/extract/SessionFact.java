package org.plenary.extract;

/**
 * The session of a body a role belongs to, as an ordinal in the role's phrase: "president of the 79th General
 * Assembly", "chair of the 60th session".
 *
 * @param role     index of the role in {@link ArticleExtraction#roles()}
 * @param session  the number (79)
 * @param evidence the ordinal's span
 */
public record SessionFact(int role, int session, TextRef evidence) {}
