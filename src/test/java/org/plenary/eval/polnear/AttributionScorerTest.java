package org.plenary.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.TextRef;

/**
 * Reading a PolNeAR-format split (brat standoff, code-point offsets, several annotators) and scoring against it, on
 * a split written here in PolNeAR's layout (PolNeAR's own texts stay outside the repository).
 */
class AttributionScorerTest {
    @TempDir Path data;

    private static final String TEXT = "Rally in Ohio\n\n"
            + "Señora Ruiz said the plan was “a disaster” for workers.\n\n"
            + "“We will fight it in every court,” she said.\n\n"
            + "The “Sunshine” bill passed.\n";

    private TextRef at(String s) {
        int i = TEXT.indexOf(s);
        return new TextRef(i, i + s.length());
    }

    /** The second occurrence of a string. */
    private TextRef second(String s) {
        int i = TEXT.indexOf(s, TEXT.indexOf(s) + 1);
        return new TextRef(i, i + s.length());
    }

    /** A brat span in code points, as PolNeAR writes them. */
    private String cp(TextRef r) {
        return TEXT.codePointCount(0, r.start()) + " " + TEXT.codePointCount(0, r.end());
    }

    private String cp(String s) { return cp(at(s)); }

    private Path writeSplit() throws IOException {
        Path split = data.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/a1.txt"), TEXT, StandardCharsets.UTF_8);
        String ann = String.join("\n",
                "T1\tSource " + cp("Señora Ruiz") + "\tSeñora Ruiz",
                "T2\tCue " + cp("said") + "\tsaid",
                "T3\tContent " + cp("the plan was “a disaster” for workers") + "\tthe plan ...",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                "T4\tSource " + cp("she") + "\tshe",
                "T5\tCue " + cp(second("said")) + "\tsaid",
                "T6\tContent " + cp("“We will fight it in every court,”") + "\t...",
                "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4", "");
        Files.writeString(split.resolve("attributions/a1_aaaa.ann"), ann, StandardCharsets.UTF_8);
        // a second annotator's file for the same article is not read
        Files.writeString(split.resolve("attributions/a1_bbbb.ann"), "T1\tContent 0 4\tRall\nE1\tAttribution-no-source:T1 Content:T1\n");
        return split;
    }

    @Test
    void readsTheFirstAnnotatorsRelationsWithCodePointOffsetsAsCharOffsets() throws IOException {
        Path split = writeSplit();
        assertEquals(split, PolnearCorpus.splitDir(data, "dev"));
        List<PolnearArticle> articles = PolnearCorpus.read(split, 10);
        assertEquals(1, articles.size());
        List<Attribution> a = articles.get(0).attributions();
        assertEquals(2, a.size());
        assertEquals(List.of(at("Señora Ruiz")), a.get(0).source());
        assertEquals(List.of(at("she")), a.get(1).source());
        assertEquals("“We will fight it in every court,”", a.get(1).content().get(0).of(TEXT));
    }

    @Test
    void scoresQuotationsInsideAttributionsAndReportedContentsWithTheirSpeakers() throws IOException {
        PolnearArticle article = PolnearCorpus.read(writeSplit(), 10).get(0);
        List<PredictedAttribution> predicted = List.of(
                // right: reported content with its speaker and cue
                new PredictedAttribution(at("the plan was “a disaster” for workers"), false, List.of(at("Señora Ruiz")), Optional.of(at("said"))),
                // the quotation found, speaker right by the pronoun's span
                new PredictedAttribution(at("We will fight it in every court,"), true, List.of(at("she")), Optional.empty()),
                // the partial quotation found with the wrong speaker
                new PredictedAttribution(at("a disaster"), true, List.of(at("Rally")), Optional.empty()),
                // a scare-quoted name outside any attribution: spurious
                new PredictedAttribution(at("Sunshine"), true, List.of(at("The")), Optional.empty()));
        AttributionScorer.Counts c = new AttributionScorer().score(article, predicted);
        // gold quotations: "a disaster" (inside the first content) and the court quotation; "Sunshine" is no one's
        assertEquals(2, c.directFound().tp());
        assertEquals(1, c.directFound().fp());
        assertEquals(0, c.directFound().fn());
        assertEquals(1, c.directEndToEnd().tp());
        assertEquals(1, c.directShortFound().tp());
        assertEquals(1, c.reportedFound().tp());
        assertEquals(1, c.reportedEndToEnd().tp());
        assertEquals(1, c.reportedCue().tp());
        assertEquals(0.5, c.directAttribution());
    }

    @Test
    void quotedWordsInsideAReportedStatementCountAsThatSpeakersQuotationInPolnearsUnits() throws IOException {
        PolnearArticle article = PolnearCorpus.read(writeSplit(), 10).get(0);
        PredictedAttribution reported = new PredictedAttribution(at("the plan was “a disaster” for workers"), false,
                List.of(at("Señora Ruiz")), Optional.of(at("said")));
        PredictedAttribution court = new PredictedAttribution(at("We will fight it in every court,"), true, List.of(at("she")), Optional.empty());
        List<PredictedAttribution> units = PredictedAttribution.inPolnearUnits(TEXT, List.of(reported, court));
        // the reported statement's quoted words become a direct attribution of its speaker; the direct one is kept once
        assertEquals(3, units.size());
        assertEquals(1, units.stream().filter(p -> p.direct() && p.content().equals(at("a disaster"))).count());
        AttributionScorer.Counts c = new AttributionScorer().score(article, units);
        assertEquals(2, c.directEndToEnd().tp());
        assertEquals(0, c.directFound().fp());
        // quoted words outside any reported statement ("Sunshine") are not read as anyone's
        assertTrue(units.stream().noneMatch(p -> p.content().equals(at("Sunshine"))));
    }

    @Test
    void aMissingSplitIsNamedWithWhereItWasLookedFor() {
        PolnearException e = assertThrows(PolnearException.class, () -> PolnearCorpus.splitDir(data, "dev"));
        assertTrue(e.getMessage().contains(data.resolve("dev").toString()), e.getMessage());
        PolnearException bad = assertThrows(PolnearException.class, () -> PolnearCorpus.splitDir(data, "validation"));
        assertTrue(bad.getMessage().startsWith("--split"), bad.getMessage());
    }
}
