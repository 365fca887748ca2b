package org.plenary.ingest;

/**
 * What a stretch of an article file is. Only BODY and TITLE text is read for facts. MARKUP is the notation inside a
 * line of prose that is no part of what it says: a Markdown link's brackets and address, emphasis marks.
 */
public enum SegmentKind {
    TITLE, HEADING, BODY, IMAGE, CAPTION, BYLINE, CREDIT, DATELINE, BOILERPLATE, BLANK, MARKUP;

    public boolean isProse() { return this == BODY || this == TITLE; }
}
