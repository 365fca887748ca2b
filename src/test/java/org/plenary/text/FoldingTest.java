package org.plenary.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Names below are spelled as the evaluation corpus (data/eval/articles) spells them, unless said otherwise. */
class FoldingTest {

    @Test
    void accentsFoldToTheirBaseLetters() {
        assertEquals("mikulas bek", Folding.name("Mikuláš Bek"));
        assertEquals("thordis kolbrun reykfjord", Folding.name("Thórdís Kolbrún Reykfjörd"));
        assertEquals("recep tayyip erdogan", Folding.name("Recep Tayyip Erdoğan"));
    }

    @Test
    void twoAccentsOnOneWordMeet() {
        // a New Zealand Hansard of 2003 writes "Mâori" (circumflex), a 2021 release "Māori" (macron)
        assertEquals(Folding.name("Māori Development"), Folding.name("Mâori Development"));
        assertEquals("maori development", Folding.name("Māori Development"));
    }

    @Test
    void lettersWithoutADecompositionAreMappedToo() {
        // NFKD leaves ø, ł, ß whole; comparison must not depend on the keyboard a reporter used
        assertEquals("Jonas Gahr Store", Folding.letters("Jonas Gahr Støre"));
        assertEquals("Lukasz Strasse", Folding.letters("Łukasz Straße"));
        assertEquals(Folding.name("Jonas Gahr Store"), Folding.name("Jonas Gahr Støre"));
    }

    @Test
    void apostrophesAreDroppedWhetherStraightOrTypographic() {
        assertEquals("democratic peoples republic of korea", Folding.name("Democratic People's Republic of Korea"));
        assertEquals(Folding.name("Democratic People's Republic of Korea"), Folding.name("Democratic People’s Republic of Korea"));
    }

    @Test
    void aHyphenInsideAWordIsKeptAndBreaksWordsOnlyForWords() {
        assertEquals("kim eun-joo", Folding.name("Kim Eun-joo"));
        assertEquals(List.of("kim", "eun", "joo"), Folding.words("Kim Eun-joo"));
        assertEquals("secretary-general antonio guterres", Folding.name("Secretary-General António Guterres"));
    }

    @Test
    void aHyphenNextToASpaceIsPunctuation() {
        assertEquals("ministry of foreign affairs", Folding.name("Ministry of Foreign Affairs -"));
        assertEquals("minister m", Folding.name("Minister—M"));
    }

    @Test
    void compatibilityFormsMeetTheirPlainLetters() {
        // real: a no-break space ("Gomes\u00a0Cravinho") and a non-breaking hyphen ("Indo\u2011Pacific")
        assertEquals("joao gomes cravinho", Folding.name("João Gomes\u00a0Cravinho"));
        assertEquals("indo-pacific", Folding.name("Indo\u2011Pacific"));
        // NFKD, not NFD: a ligature is its two letters (constructed example)
        assertEquals("financial", Folding.letters("ﬁnancial"));
    }

    @Test
    void dottedAcronymsAreJoined() {
        assertEquals("us", Folding.name("U.S."));
        assertEquals(Folding.name("US delegation"), Folding.name("U.S. delegation"));
        assertEquals("washington dc", Folding.name("Washington, D.C."));
    }

    @Test
    void aSpellingKeepsPunctuationButFoldsCaseAccentsAndSpaces() {
        assertEquals("kim eun-joo", Folding.spelling("Kim  Eun-joo"));
        assertEquals("people's republic", Folding.spelling("People’s\u00a0Republic"));
        assertEquals("u.s. secretary of state", Folding.spelling(" U.S. Secretary of State "));
        assertNotEquals(Folding.spelling("Kim Eun-joo"), Folding.spelling("Kim Eun joo"));
    }

    @Test
    void hangulIsComparedWhateverItsNormalizationForm() {
        // constructed: the corpus has no Hangul, users' texts will
        String composed = "박지원", decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(Folding.name(composed), Folding.name(decomposed));
        assertNotEquals(Folding.name("박지원"), Folding.name("박지은"));
    }

    @Test
    void nothingFoldsToNothing() {
        assertEquals("", Folding.name(" - ’ "));
        assertEquals(List.of(), Folding.words(" - ’ "));
    }

    /**
     * One home for folding (issue 16): Unicode normalization, which every folding starts from, is called only here,
     * so no stage compares names by rules of its own (NFD in one place and NFKD in another split spellings apart).
     */
    @Test
    void noMainSourceOutsideTextNormalizesUnicodeItself() throws IOException {
        List<String> flagged = new ArrayList<>();
        Path text = Path.of("src/main/java/org/plenary/text");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(text)).sorted().toList())
                if (Files.readString(f).contains("Normalizer")) flagged.add(f.toString());
        }
        assertEquals(List.of(), flagged);
    }
}
