package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The three known errors of the seed articles as a reader sees them in headless Chromium: a marker on the meeting
 * or person page that opens (HTML details, no script) to both values, each with its sources (the article's sentence,
 * or the reference record's citation); the disputes page listing them; the two translations of one quotation
 * linking to each other. Expected values are read from the seed articles and data/reference/reference.ttl.
 */
class DisputesInBrowserTest {
    @BeforeAll
    static void start() throws IOException { SiteInBrowserTest.start(); }

    @AfterAll
    static void stop() { SiteInBrowserTest.stop(); }

    static String url(String path) { return SiteInBrowserTest.url(path); }

    /** The dispute of {@code property} on the page, opened by a click on its marker; its text. */
    static WebElement open(String property) {
        WebElement d = SiteInBrowserTest.driver.findElement(By.cssSelector("details.dispute[data-property=" + property + "]"));
        assertFalse(d.findElement(By.cssSelector(".dispute-values")).isDisplayed(), "closed until opened");
        assertTrue(d.findElement(By.cssSelector("summary .dispute-marker")).isDisplayed(), "the marker shows");
        d.findElement(By.tagName("summary")).click();
        assertTrue(d.findElement(By.cssSelector(".dispute-values")).isDisplayed());
        return d;
    }

    static WebElement value(WebElement dispute, String text) {
        return dispute.findElements(By.cssSelector("li.dispute-value")).stream().filter(v -> v.findElement(By.cssSelector(".value")).getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no value " + text + " in " + dispute.getText()));
    }

    /** The value's source link goes to the exact sentence of the article's page. */
    static void fromSentence(WebElement value, String sourceId) {
        List<WebElement> links = value.findElements(By.cssSelector("a.sentence"));
        assertTrue(links.stream().anyMatch(a -> a.getAttribute("href").contains("/page/source/" + sourceId + "#span-")), value.getText());
    }

    static void cited(WebElement value, String citation) {
        assertTrue(value.getAttribute("class").contains("reference"), value.getText());
        assertEquals(citation, value.findElement(By.cssSelector("cite.citation")).getText());
    }

    @Test
    void theMeetingPageMarksTheConvenerTheKoreaDailyNamesAgainstTheOneTheForeignMinistryGives() throws IOException {
        SiteInBrowserTest.driver.get(url("/page/meeting/2025-05-20-united-nations-general-assembly"));
        WebElement d = open("convenedBy");
        fromSentence(value(d, "Dennis Francis"), "koreadaily-2025-05-un-defectors");
        cited(value(d, "Philémon Yang"), "Republic of Korea, Ministry of Foreign Affairs press release (May 2025)");
        SiteInBrowserTest.shot("dispute-meeting");
        // the sentence link lands on an anchor of the source page that holds the claim
        String href = value(d, "Dennis Francis").findElement(By.cssSelector("a.sentence")).getAttribute("href");
        SiteInBrowserTest.driver.get(href);
        String anchor = href.substring(href.indexOf('#') + 1);
        WebElement target = SiteInBrowserTest.driver.findElement(By.id(anchor));
        assertTrue(SiteInBrowserTest.driver.findElement(By.cssSelector("div.article")).getText().contains("convened by UN General Assembly President Dennis Francis"));
        assertTrue(target != null);
    }

    @Test
    void dennisFrancissPageSaysHisPresidencyHadEndedBeforeTheMeetingTheChristianDailyHasHimPreside() throws IOException {
        SiteInBrowserTest.driver.get(url("/page/person/dennis-francis"));
        WebElement d = open("endDate");
        fromSentence(value(d, "2025-05-20"), "christiandaily-2025-05-unga-high-level-meeting");
        cited(value(d, "2024-09"), "UN press release GA/12605 (2024)");
        WebElement session = open("session");
        fromSentence(value(session, "79"), "christiandaily-2025-05-unga-high-level-meeting");
        cited(value(session, "78"), "UN press release GA/12605 (2024)");
        SiteInBrowserTest.shot("dispute-person-francis");
    }

    @Test
    void scarlatoiusPageSaysTheExecutiveDirectorRoleEndedBeforeTheKoreaDailyUsedTheTitle() throws IOException {
        SiteInBrowserTest.driver.get(url("/page/person/greg-scarlatoiu"));
        WebElement d = open("endDate");
        fromSentence(value(d, "2025-05-20"), "koreadaily-2025-05-un-defectors");
        cited(value(d, "2024-10-23"), "HRNK announces appointment of Greg Scarlatoiu as President and CEO");
        // the record's role says when it held: from 2011 until 23 October 2024
        assertTrue(SiteInBrowserTest.driver.findElements(By.cssSelector("table.roles .role-dates")).stream()
                .anyMatch(e -> e.getText().equals("(from 2011 until 2024-10-23)")), SiteInBrowserTest.driver.findElement(By.cssSelector("table.roles")).getText());
        SiteInBrowserTest.shot("dispute-person-scarlatoiu");
    }

    @Test
    void theDisputesPageListsTheThreeKnownErrorsUnderTheMeetingAndFiltersByKindWithoutScript() throws IOException {
        SiteInBrowserTest.driver.get(url("/"));
        SiteInBrowserTest.driver.findElement(By.cssSelector("p.disputes-link a[href='/disputes']")).click();
        SiteInBrowserTest.waiting().until(ExpectedConditions.urlContains("/disputes"));
        String page = SiteInBrowserTest.driver.findElement(By.tagName("main")).getText();
        WebElement group = SiteInBrowserTest.driver.findElements(By.cssSelector("section.dispute-group")).stream()
                .filter(g -> !g.findElements(By.cssSelector("h2 a[href='/page/meeting/2025-05-20-united-nations-general-assembly']")).isEmpty()).findFirst().orElseThrow(() -> new AssertionError(page));
        String rows = group.getText();
        assertTrue(rows.contains("convened by") && rows.contains("Dennis Francis / Philémon Yang"), rows);
        assertTrue(rows.contains("Dennis Francis: role held at that date, after it ended"), rows);
        assertTrue(rows.contains("Greg Scarlatoiu: role held at that date, after it ended"), rows);
        SiteInBrowserTest.shot("disputes");
        new org.openqa.selenium.support.ui.Select(SiteInBrowserTest.driver.findElement(By.cssSelector("form.dispute-filter select[name=kind]")))
                .selectByValue("role at date");
        SiteInBrowserTest.driver.findElement(By.cssSelector("form.dispute-filter button")).click();
        SiteInBrowserTest.waiting().until(ExpectedConditions.urlContains("kind=role+at+date"));
        List<WebElement> kinds = SiteInBrowserTest.driver.findElements(By.cssSelector("table.disputes tbody tr > td:first-child"));
        assertFalse(kinds.isEmpty());
        assertTrue(kinds.stream().allMatch(k -> k.getText().equals("role at date")));
    }

    @Test
    void theTwoTranslationsOfHwangsQuotationLinkToEachOther() throws IOException {
        SiteInBrowserTest.driver.get(url("/page/source/christiandaily-2025-05-unga-high-level-meeting"));
        WebElement shared = SiteInBrowserTest.driver.findElement(By.cssSelector("section.shared-claims"));
        WebElement weapons = shared.findElements(By.tagName("li")).stream().filter(li -> li.getText().startsWith("Weapons made at the cost of the suffering"))
                .findFirst().orElseThrow(() -> new AssertionError(shared.getText()));
        String christianStatement = weapons.findElement(By.cssSelector("a")).getAttribute("href");
        weapons.findElement(By.cssSelector("a.corroborating")).click();
        SiteInBrowserTest.waiting().until(ExpectedConditions.urlContains("/page/statement/koreadaily-2025-05-un-defectors-"));
        assertTrue(SiteInBrowserTest.driver.findElement(By.cssSelector("blockquote.statement-text")).getText()
                .startsWith("Weapons made from the suffering of North Korean people are now falling on European soil"));
        WebElement back = SiteInBrowserTest.driver.findElement(By.cssSelector("ul.corroborating a.corroborating"));
        assertEquals(christianStatement, back.getAttribute("href"));
        SiteInBrowserTest.shot("corroborated-statement");
        back.click();
        SiteInBrowserTest.waiting().until(ExpectedConditions.urlContains("/page/statement/christiandaily-"));
        assertTrue(SiteInBrowserTest.driver.findElement(By.cssSelector("ul.corroborating a.corroborating")).getAttribute("href")
                .contains("/page/statement/koreadaily-2025-05-un-defectors-"));
    }
}
