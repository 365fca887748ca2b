package org.plenary.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.extract.EntityKind;
import org.plenary.graph.IriScheme;
import org.plenary.graph.PL;
import org.plenary.text.Slugs;

class ScorerTest {
    static final IriScheme IRIS = new IriScheme("http://example.org/");
    /** The astral character makes code point offsets differ from UTF-16 offsets. */
    static final String TEXT = "\uD835\uDC9C Geneva report. Kim Eun-joo, a defector, testified at the meeting in Geneva. "
            + "\"We need freedom now,\" Kim said. Lee Min-ho said the talks were productive. "
            + "The Office of the High Commissioner for Human Rights hosted it.";
    static final String GOLD = """
            { "article": "geneva-hearing.txt",
              "meetings": [{"name": "meeting in Geneva", "date": "2024-03-05", "place": "Geneva", "body": null, "chair": "Lee Min-ho"}],
              "persons": [
                {"name": "Kim Eun-ju", "spellings": [], "roles": [{"title": "defector", "organization": null}], "participation": "testifier"},
                {"name": "Lee Min-ho", "spellings": ["Yi Minho"], "roles": [], "participation": "speaker"}],
              "organizations": [{"name": "OHCHR", "spellings": ["Office of the High Commissioner for Human Rights"]}],
              "statements": [
                {"speaker": "Kim Eun-ju", "direct": true, "text": "We need freedom now"},
                {"speaker": "Lee Min-ho", "direct": false, "text": "the talks were productive"}] }
            """;

    @TempDir Path dir;
    Path articles, gold;
    Dataset dataset;
    String sourceId = Slugs.slug("geneva-hearing");

    @BeforeEach
    void setUp() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(articles.resolve("geneva-hearing.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("geneva-hearing.json"), GOLD, StandardCharsets.UTF_8);
        dataset = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
    }

    private void build(Consumer<SourceGraphBuilder> body) {
        Txn.executeWrite(dataset, () -> body.accept(new SourceGraphBuilder(IRIS, sourceId, TEXT,
                dataset.getNamedModel(IRIS.sourceGraph(sourceId)))));
    }

    /** The hand-made extraction: right persons, one wrong speaker, a spurious organization, role and participation. */
    private void buildTypicalGraph() {
        build(g -> {
            Resource kim = g.entity(EntityKind.PERSON, "kim-eun-joo", "Kim Eun-joo");
            g.mention(kim, "Kim said");   // a longer mention text still names her
            Resource lee = g.entity(EntityKind.PERSON, "lee-min-ho", "Lee Min-ho");
            g.entity(EntityKind.ORGANIZATION, "ohchr", "Office of the High Commissioner for Human Rights");
            g.entity(EntityKind.ORGANIZATION, "geneva-report", "Geneva report");
            g.role(kim, "Defector", null);
            g.role(lee, "professor", null);
            Resource meeting = g.meeting("geneva-2024");
            Resource geneva = g.entity(EntityKind.PLACE, "geneva", "Geneva");
            meeting.addProperty(PL.date, meeting.getModel().createTypedLiteral("2024-03-05", XSDDatatype.XSDdate))
                    .addProperty(PL.place, geneva).addProperty(PL.chair, lee);
            g.participation(kim, meeting, PL.Testifier);
            g.participation(lee, meeting, PL.Attendee);
            g.statement(kim, "We need freedom now", true);
            g.statement(kim, "the talks were productive.", false);   // wrong speaker, trailing period
        });
    }

    private ScoreReport score() {
        return new Scorer().score(dataset, IRIS, articles, gold);
    }

    @Test
    void countsEveryMeasureOfTheHandMadeGraph() {
        buildTypicalGraph();
        ScoreReport r = score();
        assertEquals(new Metric(2, 0, 0), r.total(Scorer.PERSONS));
        assertEquals(new Metric(1, 1, 0), r.total(Scorer.ORGANIZATIONS));
        assertEquals(2.0 / 3.0, r.total(Scorer.ORGANIZATIONS).f1(), 1e-9);
        assertEquals(new Metric(1, 1, 0), r.total(Scorer.ROLES));
        assertEquals(new Metric(1, 1, 1), r.total(Scorer.PARTICIPATION));
        assertEquals(0.5, r.total(Scorer.PARTICIPATION).f1(), 1e-9);
        assertEquals(new Metric(2, 0, 0), r.total(Scorer.STATEMENTS));
        assertEquals(new Metric(1, 1, 1), r.total(Scorer.SPEAKERS));
        assertEquals(new Metric(2, 0, 0), r.total(Scorer.DIRECT));
        assertEquals(new Metric(2, 0, 0), r.total(Scorer.SPAN_EXACT));
        assertEquals(new Metric(1, 0, 0), r.total(Scorer.MEETINGS));
        assertEquals(new Metric(1, 0, 0), r.total(Scorer.MEETING_DATE));
        assertEquals(new Metric(1, 0, 0), r.total(Scorer.MEETING_PLACE));
        assertEquals(new Metric(1, 0, 0), r.total(Scorer.MEETING_CHAIR));
        assertEquals(0, r.wrongMergeCount());
        assertEquals(r.summary(), r.articles().get(0).metrics(), "one article: micro totals are its counts");
    }

    @Test
    void romanizationVariantOfGoldNameIsAHit() {
        buildTypicalGraph();
        ScoreReport r = score();
        assertTrue(r.articles().get(0).findings().stream().anyMatch(f -> f.measure().equals(Scorer.PERSONS)
                && f.outcome() == Finding.Outcome.TP && f.detail().startsWith("'Kim Eun-ju'") && f.detail().contains("Kim Eun-joo")),
                r.render(true));
    }

    @Test
    void reportListsMissesAndSpuriousItems() {
        buildTypicalGraph();
        String text = score().render(false);
        assertTrue(text.contains("spurious [organizations] " + IRIS.entity(EntityKind.ORGANIZATION, "geneva-report")), text);
        assertTrue(text.contains("missed   [participation] 'Lee Min-ho' speaker"), text);
        assertTrue(text.contains("spurious [speaker attribution]"), text);
        assertTrue(!text.contains("hit "), "hits only when verbose");
        assertTrue(score().render(true).contains("hit      [persons] 'Lee Min-ho'"));
    }

    @Test
    void emptyGraphMissesEverything() {
        ScoreReport r = score();
        assertEquals(new Metric(0, 0, 2), r.total(Scorer.PERSONS));
        assertEquals(new Metric(0, 0, 1), r.total(Scorer.ORGANIZATIONS));
        assertEquals(new Metric(0, 0, 2), r.total(Scorer.STATEMENTS));
        assertEquals(new Metric(0, 0, 2), r.total(Scorer.SPEAKERS));
        assertEquals(new Metric(0, 0, 1), r.total(Scorer.MEETING_CHAIR));
        assertEquals(0.0, r.total(Scorer.PERSONS).f1());
    }

    @Test
    void spanOverlappingLessThanHalfIsNotADetection() {
        build(g -> {
            Resource kim = g.entity(EntityKind.PERSON, "kim", "Kim Eun-joo");
            // "now,\" Kim said" shares only "now" (3 of its 14 code points) with gold "We need freedom now"
            g.statement(kim, "now,\" Kim said", true);
            g.statement(kim, "were productive", false);   // lies inside the gold span: full overlap of the shorter
        });
        ScoreReport r = score();
        assertEquals(new Metric(1, 1, 1), r.total(Scorer.STATEMENTS));
        assertEquals(new Metric(0, 1, 2), r.total(Scorer.SPAN_EXACT));
    }

    @Test
    void personUnitingTwoGoldPersonsIsAWrongMerge() {
        build(g -> {
            Resource both = g.entity(EntityKind.PERSON, "kim-eun-joo", "Kim Eun-joo", "Lee Min-ho");
            both.addProperty(PL.altName, "Yi Minho");
            g.entity(EntityKind.PERSON, "kim-only", "Kim");   // a bare surname matches nobody strongly
        });
        ScoreReport r = score();
        assertEquals(1, r.wrongMergeCount(), r.render(false));
        assertTrue(r.wrongMerges().get(0).contains("kim-eun-joo"));
        assertEquals(new Metric(1, 1, 1), r.total(Scorer.PERSONS));
    }

    /** Writes an article, its gold and its source graph (built by {@code body}). */
    private void article(String name, String text, String goldJson, Consumer<SourceGraphBuilder> body) throws Exception {
        Files.writeString(articles.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve(name + ".json"), goldJson, StandardCharsets.UTF_8);
        String id = Slugs.slug(name);
        Txn.executeWrite(dataset, () -> body.accept(new SourceGraphBuilder(IRIS, id, text, dataset.getNamedModel(IRIS.sourceGraph(id)))));
    }

    @Test
    void aBareSurnameOfOneArticleIsNoWrongMergeWithAnotherArticlesPersonOfThatSurname() throws Exception {
        String hearing = "Chairman Gary Peters opened the hearing. \"It matters,\" Peters said.";
        String release = "Foreign Minister Winston Peters met the envoy. Mr Peters said the talks went well.";
        article("hearing", hearing, """
                {"article": "hearing.txt", "persons": [{"name": "Gary Peters", "participation": "chair"}]}""",
                g -> g.entity(EntityKind.PERSON, "gary-peters", "Gary Peters", "Peters"));
        article("release", release, """
                {"article": "release.txt", "persons": [{"name": "Winston Peters", "spellings": ["Mr Peters"]}]}""",
                g -> g.entity(EntityKind.PERSON, "winston-peters", "Winston Peters", "Mr Peters"));
        // the hearing's "Peters" is its own Gary Peters, whatever another article's gold calls "Mr Peters"
        assertEquals(0, score().wrongMergeCount(), score().render(false));

        // the release's "Mr Peters" resolved to the hearing's Gary Peters: that is a wrong merge
        Txn.executeWrite(dataset, () -> new SourceGraphBuilder(IRIS, Slugs.slug("release"), release,
                dataset.getNamedModel(IRIS.sourceGraph(Slugs.slug("release"))))
                .mention(dataset.getNamedModel(IRIS.sourceGraph(Slugs.slug("release")))
                        .createResource(IRIS.entity(EntityKind.PERSON, "gary-peters")), "Peters"));
        ScoreReport r = score();
        assertEquals(1, r.wrongMergeCount(), r.render(false));
        assertTrue(r.wrongMerges().get(0).contains("gary-peters") && r.wrongMerges().get(0).contains("Winston Peters"));
    }

    @Test
    void participationKindComesFromTheOntologyLabel() {
        build(g -> {
            Resource lee = g.entity(EntityKind.PERSON, "lee", "Lee Min-ho");
            g.participation(lee, g.meeting("m"), PL.Speaker);
        });
        // the label in the ontology graph wins over the local name
        Txn.executeWrite(dataset, () -> SourceGraphBuilder.label(dataset.getNamedModel(IRIS.ontologyGraph()), PL.Speaker, "speaker"));
        assertEquals(new Metric(1, 0, 1), score().total(Scorer.PARTICIPATION));
        assertEquals("delegation head", GraphReader.kindOf("DelegationHead"));
    }

    @Test
    void totalsAreMicroAveragedOverArticles() throws Exception {
        buildTypicalGraph();
        Files.writeString(articles.resolve("second.txt"), "Park Ji-sung spoke.", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("second.json"), """
                {"article": "second.txt", "persons": [{"name": "Park Ji-sung", "participation": "speaker"}]}""");
        ScoreReport r = score();
        assertEquals(2, r.articles().size());
        assertEquals(new Metric(0, 0, 1), r.articles().get(1).metric(Scorer.PERSONS));
        assertEquals(new Metric(2, 0, 1), r.total(Scorer.PERSONS));
        assertEquals(new Metric(1, 1, 2), r.total(Scorer.PARTICIPATION));
        assertEquals(2.0 / 3.0, r.total(Scorer.PERSONS).recall(), 1e-9);
    }
}
