package org.plenary.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.NlpPipeline;
import org.plenary.graph.IriScheme;
import org.plenary.graph.ResolutionGraph;
import org.plenary.graph.ShapesValidator;
import org.plenary.graph.SourceGraph;
import org.plenary.graph.Validation;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.resolve.EntityResolver;
import org.plenary.resolve.NameMatcher;
import org.plenary.resolve.Resolution;

/**
 * Whatever the text (stretches of real articles with lines deleted, duplicated or swapped, quotes, brackets, emoji
 * and direction marks inserted, cut anywhere, or random text), ingest + extract + graph never crash: the file is
 * refused with its name, or its graph conforms to the shapes. Tries are few: each runs CoreNLP (about 0.5 s).
 */
class MutatedArticleProperties {
    private static final Path DIR = tempDir();
    private static final List<String> SEEDS = seeds();
    private static final ArticleReader READER = new ArticleReader(SourceCatalogue.forDirectory(DIR));
    private static final IriScheme IRIS = IriScheme.defaults();

    enum Mutation { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, QUOTE, BRACKET, EMOJI, DIRECTION_MARK, TRUNCATE, SPLIT_LINE }

    private static final String[] QUOTES = {"\"", "“", "”", "'", "‘", "’", "«", "»", "„", "「"};
    private static final String[] BRACKETS = {"(", ")", "[", "]", "{", "}", "((", "))", "<", ">"};
    private static final String[] EMOJI = {"😀", "👩‍⚖️", "🇺🇳", "\uFE0F", "🏳️‍🌈"};
    private static final String[] MARKS = {"\u200F", "\u200E", "\u202E", "\u202C", "\u2067", "\u2069", "\uFEFF", "\u200B"};

    @Property(tries = 25, shrinking = ShrinkingMode.OFF, seed = "20250521")
    void mutatedOrRandomTextIsRefusedByNameOrConforms(@ForAll("articles") String text) throws IOException {
        Path file = DIR.resolve("mutated.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        Article a;
        try {
            a = READER.read(file);
        } catch (ArticleException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            return;
        }
        ArticleExtraction x = new ArticleExtractor(NlpPipeline.shared()).extract(a);
        Resolution r = new EntityResolver(NameMatcher.standard()).resolve(List.of(x));
        DatasetGraph dsg = DatasetGraphFactory.create();
        var out = StreamRDFLib.dataset(dsg);
        new SourceGraph(IRIS, r).write(x, out);
        new ResolutionGraph(IRIS).write(r, List.of(x), out);
        Validation v = ShapesValidator.plenary().validate(dsg);
        assertTrue(v.conforms(), () -> v.report() + "\n--- text ---\n" + text);
        // Spans point into the text as received.
        x.statements().forEach(s -> assertEquals(s.text(), s.evidence().of(a.text())));
    }

    /**
     * A file whose only lines are a byline, a credit or invisible characters gives CoreNLP a text without a token, on
     * which its quote annotator threw IndexOutOfBoundsException (a mutation that kept only such a line crashed
     * {@code extract} with a stack trace): it is extracted, with no statement.
     */
    @Example
    void anArticleWithoutProseIsExtractedWithoutStatements() throws IOException {
        for (String text : List.of("By Jane Doe\n", "Photo: Reuters\n", "\u200B\u200B\n")) {
            Path file = DIR.resolve("no-prose.txt");
            Files.writeString(file, text);
            ArticleExtraction x = new ArticleExtractor(NlpPipeline.shared()).extract(READER.read(file));
            assertEquals(List.of(), x.statements(), text);
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.of(Mutation.class).list().ofMaxSize(6),
                Arbitraries.longs()).as(MutatedArticleProperties::mutate);
        Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> words = Arbitraries.of("Mayor", "Jane", "Fixture", "said", "\"", "the", "council", "met", "on",
                "Tuesday", "UN", "(", ")", ".", "Committee", "chaired", "by", "of", "\n", "“", "”", "Ms.", "Dr.")
                .list().ofMaxSize(80).map(l -> String.join(" ", l));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(2, words),
                net.jqwik.api.Tuple.of(1, random));
    }

    /** A stretch of up to 30 lines of a seed article, mutated. */
    static String mutate(String seed, List<Mutation> mutations, long randomSeed) {
        Random rnd = new Random(randomSeed);
        List<String> all = seed.lines().toList();
        int from = rnd.nextInt(Math.max(1, all.size() - 5));
        List<String> lines = new ArrayList<>(all.subList(from, Math.min(all.size(), from + 30)));
        if (from > 0 && rnd.nextBoolean()) lines.add(0, all.get(0)); // keep the title line sometimes
        for (Mutation m : mutations) {
            if (lines.isEmpty()) break;
            int i = rnd.nextInt(lines.size());
            String line = lines.get(i);
            switch (m) {
                case DELETE_LINE -> lines.remove(i);
                case DUPLICATE_LINE -> lines.add(i, line);
                case SWAP_LINES -> { int j = rnd.nextInt(lines.size()); lines.set(i, lines.get(j)); lines.set(j, line); }
                case QUOTE -> lines.set(i, insert(line, pick(rnd, QUOTES), rnd));
                case BRACKET -> lines.set(i, insert(line, pick(rnd, BRACKETS), rnd));
                case EMOJI -> lines.set(i, insert(line, pick(rnd, EMOJI), rnd));
                case DIRECTION_MARK -> lines.set(i, insert(line, pick(rnd, MARKS), rnd));
                case TRUNCATE -> lines.set(i, line.substring(0, rnd.nextInt(line.length() + 1)));
                case SPLIT_LINE -> lines.set(i, insert(line, "\n", rnd));
            }
        }
        String text = String.join("\n", lines) + "\n";
        // Cut anywhere, even inside a surrogate pair (encoded as '?'), one time in four.
        return rnd.nextInt(4) == 0 ? text.substring(0, rnd.nextInt(text.length() + 1)) : text;
    }

    private static String insert(String line, String what, Random rnd) {
        int at = rnd.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private static String pick(Random rnd, String[] from) { return from[rnd.nextInt(from.length)]; }

    private static List<String> seeds() {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("data/articles"), Path.of("data/eval/articles"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(ArticleReader::isArticleFile).sorted().toList()) texts.add(Files.readString(p));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return texts;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("plenary-mutated");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(DIR)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
