package org.plenary.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plenary.resolve.NameMatcher.MERGE_THRESHOLD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {
    private final NameMatcher m = NameMatcher.standard();

    private void assertSame(double score, String a, String b) {
        NameMatch x = m.comparePersons(a, b), y = m.comparePersons(b, a);
        assertEquals(x.score(), y.score(), 1e-9, "symmetric: " + a + " / " + b);
        assertTrue(x.score() >= MERGE_THRESHOLD, a + " / " + b + " should match: " + x);
        assertEquals(score, x.score(), 0.005, a + " / " + b + ": " + x);
        assertTrue(!x.evidence().isEmpty(), "evidence for " + a + " / " + b);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Jung Min-ho | Chung Minho | 0.931",        // 0.95 romanization * 0.98 joined
            "Choi Ji-woo | Choe Jiwoo | 0.931",
            "Kim Eun-ju | Eunju Kim | 0.931",           // 0.95 order * 0.98 joined
            "Kim Eun-ju | Kim Eun-joo | 0.95",
            "Kim Eun-joo | Kim Eunju | 0.931",
            "Kang Gyu-ri | Kang Kyu-ri | 0.95",
            "Kang Gyuri | Gang Gyu-ri | 0.931",
            "Lee Seung-hoon | Yi Seung-hun | 0.903",    // family and given romanization
            "Rhee Young-jun | Lee Yeong-joon | 0.903",
            "Park Sun-young | Pak Seon-yeong | 0.903",
            "Hwang Jun-seo | Hwang Joon-seo | 0.95",
            "Song Min-a | Sung Min-a | 0.95",
            "Gim Ha-neul | Kim Ha-neul | 0.95",
            "Min-ho Jeong | Chung Minho | 0.885",       // order, romanization and joining together
            "Ilze Brands Kehris | Ilze Kehris | 0.88",  // second family name in one only
            "John Michael Smith | John Smith | 0.88",
            "Bill Nelson | William Nelson | 0.97",          // a common short form of the given name
            "Joe Moreno | Joseph R. Moreno | 0.854",        // short form and a middle initial in one only
    })
    void variantsOfOneNameMatch(String a, String b, double score) {
        assertSame(score, a, b);
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', value = {
            "José María Pérez | Jose Maria Perez",
            "Elena Salmón | Elena Salmon",
            "Philémon Yang | Philemon Yang",
            "Juan de la Cruz | Juan De La Cruz",
            "Juan de la Cruz | juan de la cruz",
            "Dr. Anna Nowak | Anna Nowak",
            "Ambassador Jane Roe | Jane Roe",
            "Councilmember Ana Ortiz | Ana Ortiz",
            "Rep. Tom Lane | Tom Lane",
            "Prime Minister Ana Ortiz | Ana Ortiz",
            "Secretary-General Ana Ortiz | Ana Ortiz",
            "Kim Eun-ju | Kim Eun ju",
            "Søren Kierkegaard | Soren Kierkegaard",
    })
    void sameKeyScoresOne(String a, String b) {
        assertEquals(1.0, m.comparePersons(a, b).score(), a + " / " + b);
        assertEquals(m.key(a), m.key(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "Kim Song | Kim Eun-joo",
            "Kim Song | Kim Jung-wook",
            "Kim Eun-joo | Kim Jung-wook",
            "Kim Min-jun | Kim Seo-yeon",
            "Park Ji-hoon | Park Ji-sung",
            "Lee Min-ho | Lee Min-jun",
            "John Smith | Jane Smith",
            "Tom Lane | Dom Lane",                      // romanization patterns only apply to Korean names
            "Dan Brown | Tan Brown",
            "Maria Garcia | Maria Lopez",
            "Bill Nelson | Joe Nelson",                     // short forms of different given names
            "Will Ortiz | Robert Ortiz",
    })
    void differentPeopleDoNotMatch(String a, String b) {
        NameMatch x = m.comparePersons(a, b);
        assertTrue(x.score() < 0.5, a + " / " + b + " should not match: " + x);
    }

    @Test
    void sameFamilyDifferentGivenNamesSaysSo() {
        NameMatch x = m.comparePersons("Kim Min-jun", "Kim Seo-yeon");
        assertEquals(NameMatcher.OTHER_GIVEN_NAME, x.score(), 1e-9);
        assertTrue(x.evidence().get(0).contains("different given names"), x.toString());
    }

    @Test
    void orderSwapWithExtraNamesStaysBelowThreshold() {
        NameMatch x = m.comparePersons("Anna Nowak", "Nowak Anna Maria Kowalska");
        assertEquals(NameMatcher.ORDER * NameMatcher.MIDDLE_NAME, x.score(), 0.001, x.toString());
        assertTrue(x.score() < MERGE_THRESHOLD);
    }

    @Test
    void initialIsWeakerEvidence() {
        double s = m.comparePersons("J. Smith", "John Smith").score();
        assertEquals(NameMatcher.INITIAL, s, 1e-9);
        assertTrue(s < MERGE_THRESHOLD);
        assertTrue(m.comparePersons("J. R. Smith", "John Robert Smith").score() < MERGE_THRESHOLD);
        assertTrue(m.comparePersons("K. Smith", "John Smith").score() < 0.5);
    }

    @Test
    void bareSurnameIsWeakAndOnlyForOneArticle() {
        double s = m.comparePersons("Kehris", "Ilze Brands Kehris").score();
        assertTrue(s > 0.3 && s < MERGE_THRESHOLD, "bare surname " + s);
        assertTrue(m.comparePersons("Chung", "Jeong Min-ho").score() < MERGE_THRESHOLD);
        assertEquals(0.0, m.comparePersons("Smith", "John Brown").score());
    }

    @Test
    void keyFoldsTitlesCaseDiacriticsAndPunctuation() {
        assertEquals("jose maria perez", m.key("Dr. José María PÉREZ"));
        assertEquals("eun joo kim", m.key("Mrs. Eun-joo Kim"));
        assertEquals("kim", m.key("Mayor Kim"));
        assertEquals("ana ortiz", m.key("Senator  Ana   Ortiz"));
        assertEquals("de la cruz", m.key("De La Cruz"));
        assertEquals("un", m.key("U.N."));
        // a title alone is kept: a name is never stripped to nothing
        assertEquals("president", m.key("President"));
    }

    @Test
    void variantsIncludeOrderAndJoinedForms() {
        List<String> v = m.variants("Kim Min-jun");
        assertTrue(v.contains("min-jun kim"), v.toString());
        assertTrue(v.contains("kim minjun"), v.toString());
        assertTrue(m.variants("Office of the High Commissioner for Human Rights").contains("ohchr"));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Office of the High Commissioner for Human Rights | OHCHR | 0.92",
            "United Nations | U.N. | 0.95",
            "United Nations | UN | 0.95",
            "the United Nations | United Nations | 1.0",
            "U.S. Department of State | US Dept. of State | 0.95",
            "United States Department of State | U.S. Department of State | 0.95",
            "United Nations General Assembly | UNGA | 0.92",
            "UN General Assembly | United Nations General Assembly | 0.95",
            "UN Human Rights Council | Human Rights Council | 0.88",
            "Committee to Protect Journalists (CPJ) | CPJ | 1.0",
            "Committee to Protect Journalists | CPJ | 0.92",
            "Committee to Protect Journalists (CPJ) | Committee to Protect Journalists | 1.0",
            "World Health Organization | WHO | 0.92",
            "Médecins Sans Frontières | Medecins Sans Frontieres | 1.0",
    })
    void organizationVariantsMatch(String a, String b, double score) {
        NameMatch x = m.compareOrganizations(a, b), y = m.compareOrganizations(b, a);
        assertEquals(score, x.score(), 1e-9, x.toString());
        assertEquals(x.score(), y.score(), 1e-9);
        assertTrue(x.score() >= MERGE_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "UN Security Council | UN Human Rights Council",
            "Human Rights Council | Human Rights Watch",
            "United Nations | United States",
            "OHCHR | Office of the High Commissioner for Refugees",
            "WHO | World Trade Organization",
            "Security Council | Council",
    })
    void differentOrganizationsDoNotMatch(String a, String b) {
        NameMatch x = m.compareOrganizations(a, b);
        assertTrue(x.score() < MERGE_THRESHOLD, x.toString());
    }

    @Test
    void officeLedByItsBodyIsATitleButATitleWordInsideANameIsNot() {
        assertEquals("ana ortiz", m.key("UN General Assembly President Ana Ortiz"));
        assertEquals("ana ortiz", m.key("Secretary of State Ana Ortiz"));
        assertEquals("john king smith", m.key("John King Smith"));
        assertEquals(1.0, m.comparePersons("Security Council President Ana Ortiz", "Ana Ortiz").score());
    }

    @Test
    void evidenceNamesTheFamilyNameWhenOrderDiffers() {
        NameMatch x = m.comparePersons("Kang Gyuri", "Gyu-ri Kang");
        assertEquals(NameMatcher.ORDER * NameMatcher.JOINED, x.score(), 0.001);
        assertTrue(x.evidence().get(0).contains("'kang' first"), x.toString());
    }

    @Test
    void variantsHyphenateAJoinedKoreanGivenName() {
        assertTrue(m.variants("Choe Jiwoo").contains("choe ji-woo"), m.variants("Choe Jiwoo").toString());
        assertTrue(m.variants("Ji-woo Choe").contains("choe ji-woo"));
    }
}
