package org.plenary.ingest;

import java.util.List;

/**
 * What a format reader hands on from one file: the text an article is published as (the only text its offsets count
 * in), the metadata the file itself states, and the stretches of that text whose kind the file's markup states (a
 * heading, a caption, a credit), which outrank the segmenter's reading of the lines.
 */
public record ReceivedText(String text, SourceMetadata stated, List<Segment> markup) {
    public ReceivedText {
        if (text == null) throw new IllegalArgumentException("text is null");
        if (stated == null) throw new IllegalArgumentException("stated metadata is null");
        markup = List.copyOf(markup);
        for (Segment s : markup)
            if (s.end() > text.length()) throw new IllegalArgumentException("markup segment past the end of the text: " + s);
    }
}
