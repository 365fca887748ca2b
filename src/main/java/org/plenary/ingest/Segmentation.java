package org.plenary.ingest;

import java.util.List;

/** How an article's text divides into segments, and what its own text says about it (title, byline). */
public record Segmentation(List<Segment> segments, SourceMetadata metadata) {
    public Segmentation {
        segments = List.copyOf(segments);
    }
}
