package org.plenary.ingest;

/** What a stretch of an article file is. Only BODY and TITLE text is read for facts. */
public enum SegmentKind {
    TITLE, HEADING, BODY, IMAGE, CAPTION, BYLINE, CREDIT, DATELINE, BOILERPLATE, BLANK;

    public boolean isProse() { return this == BODY || this == TITLE; }
}
