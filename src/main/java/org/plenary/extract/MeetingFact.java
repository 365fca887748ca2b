package org.plenary.extract;

import java.util.Optional;

/**
 * A meeting the article reports.
 *
 * @param key          unique within the article
 * @param name         a short description from the text ("high-level meeting on North Korean human rights")
 * @param body         entity key of the body that held it
 * @param date         ISO-8601 date (or year-month) resolved against the article's date or stated year
 * @param dateEvidence where the date is stated
 * @param place        entity key of the place
 * @param evidence     the span that first reports the meeting
 */
public record MeetingFact(String key, String name, Optional<String> body, Optional<String> date,
                          Optional<TextRef> dateEvidence, Optional<String> place, TextRef evidence) {}
