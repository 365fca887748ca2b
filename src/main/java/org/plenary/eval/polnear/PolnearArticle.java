package org.plenary.eval.polnear;

import java.util.List;

/** One PolNeAR article: its file name without extension, its text and its annotated attributions. */
public record PolnearArticle(String id, String text, List<Attribution> attributions) {
    public PolnearArticle {
        attributions = List.copyOf(attributions);
    }
}
