package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The 404 and 406 pages as a reader sees them in headless Chromium on the seed site: the site's header and styles
 * (the stylesheet applied, not only linked), the status in words, a way on that works, at desktop and 390 px widths;
 * screenshots in target/screenshots.
 */
class ErrorPagesInBrowserTest {
    @BeforeAll
    static void start() throws IOException { SiteInBrowserTest.start(); }

    @AfterAll
    static void stop() { SiteInBrowserTest.stop(); }

    static void inTheSitesStyle() {
        var driver = SiteInBrowserTest.driver;
        assertTrue(driver.findElement(By.cssSelector("header.site a.brand")).isDisplayed(), "the site's header");
        // site.css sets the header's bottom border and the brand's weight: the stylesheet was loaded and applied
        assertEquals("700", driver.findElement(By.cssSelector("header.site a.brand")).getCssValue("font-weight"));
        assertTrue(driver.findElement(By.cssSelector("header.site")).getCssValue("border-bottom-style").equals("solid"));
        String text = driver.findElement(By.tagName("body")).getText();
        assertFalse(text.matches("(?s).*\\b(org|java|jakarta)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*.*"), "a Java class name: " + text);
        assertFalse(text.toLowerCase().contains("jetty"), text);
    }

    @Test
    void anUnknownAddressShowsTheSitesNotFoundPageWithAWayOn() throws IOException {
        var driver = SiteInBrowserTest.driver;
        for (int width : List.of(1280, 390)) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            driver.get(SiteInBrowserTest.url("/no/such/page"));
            assertEquals("Not Found", driver.findElement(By.tagName("h1")).getText());
            assertEquals("Error 404", driver.findElement(By.cssSelector("p.kind")).getAttribute("textContent")); // shown in capitals by the CSS
            inTheSitesStyle();
            assertTrue(Files.size(SiteInBrowserTest.shot("error-404-" + width)) > 0);
        }
        driver.manage().window().setSize(new Dimension(1280, 1400));
        driver.findElement(By.linkText("home page")).click();
        assertEquals("Plenary", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anUnknownFormatShowsTheFormatsOnOfferAndEachLinkServesIt() throws IOException {
        var driver = SiteInBrowserTest.driver;
        driver.get(SiteInBrowserTest.url("/.well-known/void?format=xlsx"));
        assertEquals("Not Acceptable", driver.findElement(By.tagName("h1")).getText());
        inTheSitesStyle();
        List<WebElement> offers = driver.findElements(By.cssSelector("ul.offered-formats a"));
        assertTrue(offers.stream().anyMatch(a -> a.getText().equals("ttl")), "Turtle on offer");
        SiteInBrowserTest.shot("error-406");
        offers.stream().filter(a -> a.getText().equals("ttl")).findFirst().orElseThrow().click();
        assertTrue(driver.getCurrentUrl().endsWith("/.well-known/void?format=ttl"), driver.getCurrentUrl());
        assertTrue(driver.getPageSource().contains("void:Dataset"), "the link serves the description in Turtle");
    }
}
