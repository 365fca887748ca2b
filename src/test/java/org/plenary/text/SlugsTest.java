package org.plenary.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void aSlugIsLowerCaseWithoutAccentsAndHyphenated() {
        assertEquals("mikulas-bek", Slugs.slug("Mikuláš Bek"));
        assertEquals("kim-eun-joo", Slugs.slug("Kim Eun-joo"));
        assertEquals("democratic-people-s-republic-of-korea", Slugs.slug("Democratic People’s Republic of Korea"));
        assertEquals("indo-pacific", Slugs.slug("Indo\u2011Pacific"));
    }

    @Test
    void aSlugKeepsLettersThatHaveNoDecompositionSoPublishedIrisStay() {
        // unlike Folding.letters: an IRI minted as .../støre before the folding was unified is minted the same now
        assertEquals("jonas-gahr-støre", Slugs.slug("Jonas Gahr Støre"));
    }

    @Test
    void anEmptySlugIsX() {
        assertEquals("x", Slugs.slug("—"));
    }

    @Test
    void aLongSlugIsCutAtEightyLettersWithoutATrailingHyphen() {
        String s = Slugs.slug("Readout of President Biden’s Meeting with United Nations Secretary-General António Guterres");
        assertTrue(s.codePointCount(0, s.length()) <= 80, s);
        assertFalse(s.endsWith("-"), s);
        assertTrue(s.startsWith("readout-of-president-biden-s-meeting-with-united-nations-secretary-general"), s);
    }
}
