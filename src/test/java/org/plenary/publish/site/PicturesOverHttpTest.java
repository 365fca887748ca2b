package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.publish.PlenaryServer;
import org.plenary.store.PlenaryDatabase;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The pictures (issue 18, item 4) over HTTP on a hand-made graph in a real TDB2 database: two meetings a year apart,
 * participants of every kind, roles at organizations (one from a source that does not report the meeting, one from
 * the reference record ended before it), a name holding markup. Each picture is SVG in the page that parses as XML,
 * with a title and a description, its boxes naming what the graph says, and the same facts in a table.
 */
class PicturesOverHttpTest {
    static final String B = "https://example.org/";
    static final String EVIL = "Zed <script>alert(1)</script> & Co";

    @TempDir static Path tmp;
    static PlenaryDatabase db;
    static PlenaryServer server;

    static String trig() {
        return """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                GRAPH <%1$sgraph/source/a> {
                  <%1$sid/source/a> a pl:Source ; pl:headline "Report A" .
                  <%1$sid/meeting/2023-03-01-forum> a pl:Meeting ; pl:name "Spring forum" ; pl:date "2023-03-01"^^xsd:date ;
                      pl:chair <%1$sid/person/ann-chair> .
                  <%1$sid/meeting/2024-06-10-summit> a pl:Meeting ; pl:name "Water summit" ; pl:date "2024-06-10"^^xsd:date .
                  <%1$sid/participation/a-1> a pl:Participation ; pl:participant <%1$sid/person/ann-chair> ; pl:meeting <%1$sid/meeting/2023-03-01-forum> ;
                      pl:participationRole pl:Chair ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/participation/a-2> a pl:Participation ; pl:participant <%1$sid/person/bo-speaker> ; pl:meeting <%1$sid/meeting/2023-03-01-forum> ;
                      pl:participationRole pl:Speaker ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/participation/a-3> a pl:Participation ; pl:participant <%1$sid/person/cy-head> ; pl:meeting <%1$sid/meeting/2023-03-01-forum> ;
                      pl:participationRole pl:DelegationHead ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/participation/a-4> a pl:Participation ; pl:participant <%1$sid/person/zed> ; pl:meeting <%1$sid/meeting/2023-03-01-forum> ;
                      pl:participationRole pl:Attendee ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/participation/a-5> a pl:Participation ; pl:participant <%1$sid/person/bo-speaker> ; pl:meeting <%1$sid/meeting/2024-06-10-summit> ;
                      pl:participationRole pl:Testifier ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/participation/a-6> a pl:Participation ; pl:participant <%1$sid/person/dee-speaker> ; pl:meeting <%1$sid/meeting/2024-06-10-summit> ;
                      pl:participationRole pl:Speaker ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/role/a-1> a pl:Role ; pl:holder <%1$sid/person/cy-head> ; pl:organization <%1$sid/organization/river-league> ;
                      pl:title "envoy" ; prov:wasDerivedFrom <%1$sid/source/a> .
                  <%1$sid/role/a-2> a pl:Role ; pl:holder <%1$sid/person/bo-speaker> ; pl:organization <%1$sid/organization/river-league> ;
                      pl:title "adviser" ; prov:wasDerivedFrom <%1$sid/source/a> .
                }
                GRAPH <%1$sgraph/source/b> {
                  <%1$sid/source/b> a pl:Source ; pl:headline "Report B" .
                  <%1$sid/role/b-1> a pl:Role ; pl:holder <%1$sid/person/cy-head> ; pl:organization <%1$sid/organization/lake-union> ;
                      pl:title "secretary" ; prov:wasDerivedFrom <%1$sid/source/b> .
                }
                GRAPH <%1$sgraph/reference> {
                  <%1$sid/role/ref-1> a pl:Role ; pl:holder <%1$sid/person/ann-chair> ; pl:organization <%1$sid/organization/old-board> ;
                      pl:title "member" ; pl:endDate "2020-01-01" .
                  <%1$sid/role/ref-2> a pl:Role ; pl:holder <%1$sid/person/ann-chair> ; pl:organization <%1$sid/organization/delta-council> ;
                      pl:title "president" .
                }
                GRAPH <%1$sgraph/resolution> {
                  <%1$sid/person/ann-chair> a pl:Person ; pl:name "Ann Chair" .
                  <%1$sid/person/bo-speaker> a pl:Person ; pl:name "Bo Speaker" .
                  <%1$sid/person/cy-head> a pl:Person ; pl:name "Cy Head" .
                  <%1$sid/person/dee-speaker> a pl:Person ; pl:name "Dee Speaker" .
                  <%1$sid/person/zed> a pl:Person ; pl:name "%2$s" .
                  <%1$sid/organization/river-league> a pl:Organization ; pl:name "River League" .
                  <%1$sid/organization/lake-union> a pl:Organization ; pl:name "Lake Union" .
                  <%1$sid/organization/old-board> a pl:Organization ; pl:name "Old Board" .
                  <%1$sid/organization/delta-council> a pl:Organization ; pl:name "Delta Council" .
                }
                GRAPH <%1$sgraph/ontology> {
                  pl:Chair rdfs:label "chair"@en . pl:Speaker rdfs:label "speaker"@en . pl:Testifier rdfs:label "testifier"@en .
                  pl:DelegationHead rdfs:label "delegation head"@en . pl:Attendee rdfs:label "attendee"@en .
                }
                """.formatted(B, EVIL.replace("\"", "\\\""));
    }

    @BeforeAll
    static void start() {
        db = PlenaryDatabase.at(tmp.resolve("db"));
        db.replace(out -> RDFParser.fromString(trig(), Lang.TRIG).parse(out));
        server = PlenaryServer.create().database(db).port(0).loopback(true).base(B).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.currentGeneration().ifPresent(db::release);
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl().replace("/sparql", path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    /** The SVG drawings of {@code picture} in the page, each parsed as XML (which fails on any unescaped name). */
    static List<Document> drawings(String html, String picture) throws Exception {
        List<Document> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg [^>]*data-picture=\"" + picture + "\".*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            out.add(f.newDocumentBuilder().parse(new InputSource(new StringReader(m.group()))));
        }
        assertEquals(2, out.size(), "a wide and a narrow drawing of " + picture);
        for (Document d : out) {
            Element svg = d.getDocumentElement();
            assertFalse(text(svg, "title").isEmpty(), "a title");
            assertFalse(text(svg, "desc").isEmpty(), "a description");
            assertTrue(Integer.parseInt(svg.getAttribute("width")) > 0 && Integer.parseInt(svg.getAttribute("height")) > 0);
        }
        return out;
    }

    static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    /** Each box's name (the first line of its title, whole where the drawn lines may be cut) to the box. */
    static Map<String, Element> boxes(Document d) {
        Map<String, Element> out = new LinkedHashMap<>();
        NodeList as = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            out.put(text(a, "title").split("\n")[0], a);
        }
        return out;
    }

    static int count(Document d, String tag, String cls) {
        NodeList l = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        int n = 0;
        for (int i = 0; i < l.getLength(); i++) if (((Element) l.item(i)).getAttribute("class").startsWith(cls)) n++;
        return n;
    }

    @Test
    void theHomePageDrawsBothMeetingsOnATimelineEarliestFirstUnderTheirYears() throws Exception {
        String html = get("/");
        for (Document d : drawings(html, "timeline")) {
            List<String> names = new ArrayList<>(boxes(d).keySet());
            assertEquals(List.of("Spring forum", "Water summit"), names);
            assertEquals("/page/meeting/2023-03-01-forum", boxes(d).get("Spring forum").getAttribute("href"));
            assertEquals(2, count(d, "circle", "mark"));
            String all = d.getDocumentElement().getTextContent();
            assertTrue(all.contains("2023") && all.contains("2024") && all.contains("1 Mar") && all.contains("10 Jun"), all);
        }
        assertTrue(html.contains("<summary>The picture as a table</summary>"), "the same facts as a table");
    }

    @Test
    void theMeetingPageDrawsEachParticipantUnderHowTheyTookPartJoinedToTheirOrganizationsAccordingToItsSources() throws Exception {
        String html = get("/page/meeting/2023-03-01-forum");
        for (Document d : drawings(html, "participation")) {
            Map<String, Element> boxes = boxes(d);
            // Ann is chair by the meeting's own triple and by a participation: drawn once
            assertTrue(boxes.get("Ann Chair").getAttribute("class").contains("kind-chair"), boxes.keySet().toString());
            assertTrue(boxes.get("Bo Speaker").getAttribute("class").contains("kind-speaker"));
            assertTrue(boxes.get("Cy Head").getAttribute("class").contains("kind-delegationhead"));
            assertTrue(boxes.containsKey(EVIL), "a name with markup is text: " + boxes.keySet());
            assertTrue(boxes.get(EVIL).getAttribute("class").contains("kind-attendee"));
            assertFalse(boxes.containsKey("Dee Speaker"), "only this meeting's participants");
            // Cy's role at Lake Union comes from a source that does not report this meeting: River League only.
            // Ann has no role from the meeting's sources: the record's current role (Delta Council), not the ended one.
            assertTrue(boxes.containsKey("River League") && boxes.containsKey("Delta Council"), boxes.keySet().toString());
            assertFalse(boxes.containsKey("Lake Union") || boxes.containsKey("Old Board"), boxes.keySet().toString());
            assertEquals(3, count(d, "path", "link"), "Bo and Cy to River League, Ann to Delta Council");
            String all = d.getDocumentElement().getTextContent();
            assertTrue(all.contains("Chair"), all);
            assertTrue(all.contains("Delegation head"), all);
        }
        assertFalse(html.contains("<script>alert(1)"), "markup in a name never reaches the page");
    }

    @Test
    void aPersonPageDrawsThePeopleTheyMetAtEachMeeting() throws Exception {
        String html = get("/page/person/bo-speaker");
        for (Document d : drawings(html, "people-met")) {
            Map<String, Element> boxes = boxes(d);
            assertEquals(List.of("Spring forum", "Water summit", "Ann Chair", "Cy Head", "Dee Speaker", EVIL).stream().sorted().toList(),
                    boxes.keySet().stream().sorted().toList());
            assertFalse(boxes.containsKey("Bo Speaker"), "not themself");
            assertEquals(4, count(d, "path", "link"), "Ann, Cy and Zed at the forum, Dee at the summit");
        }
        assertTrue(html.contains("<h2>People met</h2>"));
        // an organization has no such picture
        assertFalse(get("/page/organization/river-league").contains("data-picture=\"people-met\""));
    }
}
