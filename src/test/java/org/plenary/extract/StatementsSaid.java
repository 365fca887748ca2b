package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;

/**
 * What the statement rules' tests read: the statements extracted from a short article written for a rule (under
 * src/test/resources/org/plenary/extract/statements/), each as "speaker name | direct or reported | text".
 */
final class StatementsSaid {
    private StatementsSaid() {}

    /** The extraction of {@code statements/<resource>}, read from a copy in {@code dir} as a user's file would be. */
    static ArticleExtraction extract(Path dir, String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = StatementsSaid.class.getResourceAsStream("statements/" + resource)) {
            if (in == null) throw new IOException("no test article statements/" + resource);
            Files.copy(in, f);
        }
        return new ArticleExtractor(NlpPipeline.shared()).extract(new ArticleReader(SourceCatalogue.empty()).read(f));
    }

    /** "speaker name | direct or reported | text" for every statement, in text order, the text as extracted. */
    static List<String> said(ArticleExtraction a) {
        return a.statements().stream().map(s -> a.entity(s.speaker()).map(ExtractedEntity::name).orElse(s.speaker())
                + " | " + (s.direct() ? "direct" : "reported") + " | " + s.text()).collect(Collectors.toList());
    }

    /** Asserts the statement of exactly this speaker, its text compared as the scorer does: punctuation and spaces at its end aside. */
    static void assertSaid(List<String> said, String speaker, boolean direct, String text) {
        String want = speaker + " | " + (direct ? "direct" : "reported") + " | " + trim(text);
        assertTrue(said.stream().map(StatementsSaid::trim).anyMatch(want::equals),
                () -> "no statement " + want + " in\n" + String.join("\n", said));
    }

    /** As {@link #assertSaid}, for a speaker whose name holds {@code speaker} (a body's longer name). */
    static void assertSaidBy(List<String> said, String speaker, boolean direct, String text) {
        String tail = " | " + (direct ? "direct" : "reported") + " | " + trim(text);
        assertTrue(said.stream().map(StatementsSaid::trim)
                        .anyMatch(s -> s.endsWith(tail) && s.substring(0, s.length() - tail.length()).contains(speaker)),
                () -> "no statement of " + speaker + tail + " in\n" + String.join("\n", said));
    }

    static String trim(String s) { return s.replaceAll("[\\s\\p{Punct}“”’]+$", ""); }
}
