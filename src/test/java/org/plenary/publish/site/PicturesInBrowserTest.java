package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.plenary.it.SeedCorpus;

/**
 * The pictures (issue 18, item 4) in headless Chromium on the seed articles, at a desktop width (1280 px) and a
 * phone's (390 px): the timeline of meetings on the home page, the participants of the meeting by how they took part
 * and for which organization, the people Dennis Francis met. Who should be there, how they took part and for which
 * organization are read from the seeds' hand-made gold ({@code data/gold/*.json}); a gold spelling counts when it is
 * the drawn person's name or one of the other spellings the graph keeps for them. Saves each picture and each page
 * under {@code target/screenshots/picture-*}.
 */
class PicturesInBrowserTest {
    static final String MEETING = "/page/meeting/2025-05-20-united-nations-general-assembly";
    static final Path GOLD = Path.of("data/gold");

    /** A person of the gold: every spelling, how they took part, the organizations of their roles (as written). */
    record GoldPerson(Set<String> spellings, Set<String> participations, Set<String> organizations) {}

    @BeforeAll
    static void start() throws IOException { SiteInBrowserTest.start(); }

    @AfterAll
    static void stop() {
        SiteInBrowserTest.driver.manage().window().setSize(new Dimension(1280, 1400));
        SiteInBrowserTest.stop();
    }

    /** The gold persons who took part in the seeds' meeting (participation not null), one per gold file and person. */
    static List<GoldPerson> goldParticipants() throws IOException {
        List<GoldPerson> out = new ArrayList<>();
        try (var files = Files.list(GOLD)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = new ObjectMapper().readTree(f.toFile());
                for (JsonNode p : gold.get("persons")) {
                    if (p.get("participation").isNull()) continue;
                    Set<String> spellings = new HashSet<>(List.of(p.get("name").asText()));
                    p.get("spellings").forEach(s -> spellings.add(s.asText()));
                    Set<String> orgs = new HashSet<>();
                    p.get("roles").forEach(r -> { if (!r.get("organization").isNull()) orgs.add(r.get("organization").asText()); });
                    out.add(new GoldPerson(spellings, Set.of(p.get("participation").asText()), orgs));
                }
            }
        }
        assertTrue(out.size() >= 10, "the gold names the meeting's participants: " + out);
        return out;
    }

    /** The date of the seeds' meeting as both gold files give it. */
    static Set<String> goldDates() throws IOException {
        Set<String> dates = new HashSet<>();
        try (var files = Files.list(GOLD)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList())
                new ObjectMapper().readTree(f.toFile()).get("meetings").forEach(m -> dates.add(m.get("date").asText()));
        }
        return dates;
    }

    /** Every name the graph keeps for the entity of a page link (its name and other spellings), asked over SPARQL. */
    static Set<String> namesOf(String href) {
        String iri = SiteInBrowserTest.seeds.iris.base() + "id/" + href.substring(href.indexOf("/page/") + "/page/".length());
        Set<String> names = new HashSet<>();
        for (Map<String, org.apache.jena.rdf.model.RDFNode> row : SiteInBrowserTest.seeds.select(
                "PREFIX pl: <https://w3id.org/plenary/ontology#> SELECT ?n WHERE { { <" + iri + "> pl:name ?n } UNION { <" + iri + "> pl:altName ?n } }"))
            names.add(SeedCorpus.str(row, "n"));
        return names;
    }

    static String norm(String s) { return s.toLowerCase(Locale.ROOT).replace(".", "").strip(); }

    /** The drawing shown at the current width of the picture {@code id}: one of its two, the other hidden. */
    static WebElement shownDrawing(String id, int width) {
        WebElement figure = SiteInBrowserTest.driver.findElement(By.cssSelector("figure.picture[data-picture=" + id + "]"));
        WebElement wide = figure.findElement(By.cssSelector(".picture-wide svg")), narrow = figure.findElement(By.cssSelector(".picture-narrow svg"));
        WebElement shown = width >= 800 ? wide : narrow;
        assertTrue(shown.isDisplayed(), id + " at " + width + " px shows its " + (width >= 800 ? "wide" : "narrow") + " drawing");
        assertFalse((width >= 800 ? narrow : wide).isDisplayed(), "and hides the other");
        // non-empty: it has a size and boxes with text
        assertTrue(shown.getSize().getWidth() > 200 && shown.getSize().getHeight() > 40, id + ": " + shown.getSize());
        assertFalse(shown.findElements(By.cssSelector("a.node")).isEmpty(), id + " draws boxes");
        assertFalse(shown.findElement(By.tagName("title")).getAttribute("textContent").isBlank());
        assertFalse(shown.findElement(By.tagName("desc")).getAttribute("textContent").isBlank());
        return shown;
    }

    /** The boxes of a drawing: each box's whole name (its SVG title's first line) to the box. */
    static Map<String, WebElement> boxes(WebElement svg) {
        Map<String, WebElement> out = new LinkedHashMap<>();
        for (WebElement a : svg.findElements(By.cssSelector("a.node")))
            out.put(a.findElement(By.tagName("title")).getAttribute("textContent").split("\n")[0], a);
        return out;
    }

    /** The box standing for a gold person: its name or another spelling the graph keeps for it is a gold spelling. */
    static WebElement boxOf(Map<String, WebElement> boxes, GoldPerson p) {
        Set<String> gold = new HashSet<>();
        p.spellings().forEach(s -> gold.add(norm(s)));
        for (Map.Entry<String, WebElement> b : boxes.entrySet()) {
            if (gold.contains(norm(b.getKey()))) return b.getValue();
        }
        for (Map.Entry<String, WebElement> b : boxes.entrySet()) {
            if (namesOf(b.getValue().getDomAttribute("href")).stream().map(PicturesInBrowserTest::norm).anyMatch(gold::contains)) return b.getValue();
        }
        throw new AssertionError("no box for " + p.spellings() + " among " + boxes.keySet());
    }

    /** The picture fits the window's width: it never widens the page (a wider drawing scrolls in its own box). */
    static void pageFitsWidth(int width) {
        WebElement figure = SiteInBrowserTest.driver.findElement(By.cssSelector("figure.picture"));
        long right = (Long) SiteInBrowserTest.driver.executeScript("return Math.ceil(arguments[0].getBoundingClientRect().right);", figure);
        long inner = (Long) SiteInBrowserTest.driver.executeScript("return document.documentElement.clientWidth;");
        assertTrue(right <= inner, "the picture ends at " + right + " px in a " + inner + " px window");
        // and the drawing shown fits its box: read whole, without scrolling sideways, at a phone's width too
        for (WebElement box : figure.findElements(By.cssSelector(".picture-scroll"))) {
            if (!box.isDisplayed()) continue;
            long scroll = (Long) SiteInBrowserTest.driver.executeScript("return arguments[0].scrollWidth;", box);
            long client = (Long) SiteInBrowserTest.driver.executeScript("return arguments[0].clientWidth;", box);
            assertTrue(scroll <= client, "the drawing is " + scroll + " px wide in " + client + " px at a " + width + " px window");
        }
    }

    static void resize(int width) {
        SiteInBrowserTest.driver.manage().window().setSize(new Dimension(width, 1400));
    }

    static void shots(String name, int width) throws IOException {
        SiteInBrowserTest.shot("picture-" + name + "-page-" + width);
        WebElement figure = SiteInBrowserTest.driver.findElement(By.cssSelector("figure.picture"));
        SiteInBrowserTest.driver.executeScript("arguments[0].scrollIntoView();", figure);
        Path file = SiteInBrowserTest.SHOTS.resolve("picture-" + name + "-" + width + ".png");
        Files.copy(figure.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(file) > 2000, file + " is a picture");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void theHomePageDrawsEveryMeetingOnTheTimelineAtItsDate(int width) throws IOException {
        resize(width);
        SiteInBrowserTest.driver.get(SiteInBrowserTest.url("/"));
        WebElement svg = shownDrawing("timeline", width);
        int listed = SiteInBrowserTest.driver.findElements(By.cssSelector("ul.meetings > li > a")).size();
        Map<String, WebElement> boxes = boxes(svg);
        assertEquals(listed, boxes.size(), "every meeting of the list is on the timeline: " + boxes.keySet());
        assertEquals(listed, svg.findElements(By.cssSelector("circle.mark")).size());
        WebElement meeting = boxes.values().stream().filter(b -> b.getDomAttribute("href").endsWith(MEETING)).findFirst()
                .orElseThrow(() -> new AssertionError(boxes.keySet().toString()));
        String text = svg.getAttribute("textContent");
        for (String date : goldDates()) {
            assertTrue(meeting.getAttribute("textContent").contains(date), "the meeting's box gives the gold date " + date);
            assertTrue(text.contains(date.substring(0, 4)), "its year heads the axis");
            assertTrue(text.contains(MeetingTimeline.dayAndMonth(date)), "its day is on the axis");
        }
        pageFitsWidth(width);
        shots("timeline", width);
        meeting.click();
        SiteInBrowserTest.waiting().until(d -> d.getCurrentUrl().endsWith(MEETING));
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void theMeetingPageDrawsTheGoldParticipantsUnderHowTheyTookPartAndJoinsThemToTheirOrganizations(int width) throws IOException {
        resize(width);
        SiteInBrowserTest.driver.get(SiteInBrowserTest.url(MEETING));
        WebElement svg = shownDrawing("participation", width);
        Map<String, WebElement> boxes = boxes(svg);
        Map<String, String> keyToName = new LinkedHashMap<>();
        boxes.forEach((name, b) -> keyToName.put(b.getDomAttribute("data-key"), name));
        List<String[]> edges = new ArrayList<>();
        for (WebElement e : svg.findElements(By.cssSelector("path.link")))
            edges.add(new String[] {keyToName.get(e.getDomAttribute("data-from")), keyToName.get(e.getDomAttribute("data-to"))});
        int orgPairs = 0;
        for (GoldPerson p : goldParticipants()) {
            WebElement box = boxOf(boxes, p);
            // how they took part: the band's kind (the box's class) or another of theirs ("also ...") is a gold one
            String drawn = box.getDomAttribute("class") + " " + box.getAttribute("textContent");
            assertTrue(p.participations().stream().anyMatch(k -> drawn.contains("kind-" + k.replace(" ", "")) || drawn.contains(k)),
                    p.spellings() + " drawn as " + drawn + ", gold " + p.participations());
            String name = box.findElement(By.tagName("title")).getAttribute("textContent").split("\n")[0];
            // for which organization: each gold organization drawn under the same name is joined to them
            for (String org : p.organizations())
                if (boxes.keySet().stream().anyMatch(b -> norm(b).equals(norm(org)))) {
                    orgPairs++;
                    assertTrue(edges.stream().anyMatch(e -> name.equals(e[0]) && e[1] != null && norm(e[1]).equals(norm(org))),
                            name + " is joined to " + org);
                }
        }
        assertTrue(orgPairs >= 4, "gold organizations drawn and joined: " + orgPairs);
        pageFitsWidth(width);
        shots("meeting", width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void dennisFrancissPageDrawsTheOtherGoldParticipantsAsThePeopleHeMet(int width) throws IOException {
        resize(width);
        SiteInBrowserTest.driver.get(SiteInBrowserTest.url("/page/person/dennis-francis"));
        WebElement svg = shownDrawing("people-met", width);
        Map<String, WebElement> boxes = boxes(svg);
        assertTrue(boxes.values().stream().anyMatch(b -> b.getDomAttribute("href").endsWith(MEETING)), "the meeting: " + boxes.keySet());
        int others = 0;
        for (GoldPerson p : goldParticipants()) {
            if (p.spellings().contains("Dennis Francis")) continue;
            WebElement box = boxOf(boxes, p);
            assertTrue(box.getDomAttribute("class").contains("person"), box.getDomAttribute("class"));
            others++;
        }
        assertTrue(others >= 8, "the gold names the people he met: " + others);
        assertFalse(boxes.containsKey("Dennis Francis"), "not himself");
        pageFitsWidth(width);
        shots("person", width);
    }
}
