package org.plenary.extract;

import java.util.Optional;

/**
 * That the article says the meeting was mandated by (held on the basis of, followed) a resolution adopted at a
 * stated date: "the meeting followed a resolution adopted by consensus in December 2023".
 *
 * @param meeting        key of the meeting
 * @param adoptedOn      ISO-8601 date, year-month or year, as precise as the text states it
 * @param withoutVote    true when the text says it was adopted by consensus or without a vote; empty if not stated
 * @param evidence       the span from the resolution noun to the end of its date
 */
public record MandateFact(String meeting, String adoptedOn, Optional<Boolean> withoutVote, TextRef evidence) {}
