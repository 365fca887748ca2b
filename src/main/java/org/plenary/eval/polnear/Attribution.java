package org.plenary.eval.polnear;

import java.util.List;
import org.plenary.extract.TextRef;

/**
 * One annotated attribution relation: who (source, may be empty when the annotators found no source), the cue
 * ("said", "according to") and what was attributed. Each part may be discontinuous, so each is a list of spans
 * in UTF-16 char offsets into the article text.
 */
public record Attribution(List<TextRef> source, List<TextRef> cue, List<TextRef> content) {
    public Attribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        if (content.isEmpty()) throw new IllegalArgumentException("an attribution without content");
    }
}
