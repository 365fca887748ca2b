package org.plenary.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quotation marks around a title in headline style are a name, not speech; speech and two-word names stay speech. */
class QuotedNamesTest {
    @Test
    void aTitleInHeadlineStyleIsAName() {
        assertTrue(QuotedNames.isTitle("Fox News Sunday,"));
        assertTrue(QuotedNames.isTitle("The Morning Show with Ana Ruiz"));
        assertTrue(QuotedNames.isTitle("Keepin' It Real"));
    }

    @Test
    void speechAndTwoCapitalisedWordsAreNotTitles() {
        assertFalse(QuotedNames.isTitle("We will not pay for the wall,"));
        assertFalse(QuotedNames.isTitle("Crooked Hillary"));
        assertFalse(QuotedNames.isTitle("a disaster"));
        assertFalse(QuotedNames.isTitle("Thank you for the Fund"));
        assertFalse(QuotedNames.isTitle("of the People"));
    }
}
