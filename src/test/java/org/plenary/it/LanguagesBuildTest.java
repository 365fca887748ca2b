package org.plenary.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenary.build.CorpusBuild;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.EntityKind;
import org.plenary.extract.ExtractedEntity;
import org.plenary.extract.LanguagePipelines;
import org.plenary.extract.StatementFact;
import org.plenary.graph.IriScheme;

/**
 * A folder of short reports of meetings in Spanish, French, German and Chinese, and one in Finnish (written for the
 * test, src/test/resources/languages), built with CoreNLP's own models for each language. Every article's language
 * is detected and recorded; each of the four yields its persons, its organizations, a quotation with its speaker
 * and the meeting's date; the Finnish one is kept as a source without facts and named with its language; the one
 * person named in the Spanish and the French report is one resource; and the catalogue's wrong language for the
 * German report is named, not followed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBuildTest {
    CorpusBuild.Result result;
    String progress;
    final IriScheme iris = IriScheme.defaults();

    @BeforeAll
    void build() throws Exception {
        Path articles = Files.createDirectories(Files.createTempDirectory("plenary-languages").resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/languages"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).toList())
                Files.copy(f, articles.resolve(f.getFileName()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = CorpusBuild.create().articles(articles).iris(iris).noCache().threads(1)
                .progress(new PrintStream(out, true, StandardCharsets.UTF_8)).build().build();
        progress = out.toString(StandardCharsets.UTF_8);
    }

    /** The four languages' models take 1.9 GB of the test JVM's heap, which the tests after this one need. */
    @AfterAll
    void releaseModels() { LanguagePipelines.release(); }

    private ArticleExtraction of(String file) {
        return result.extractions().stream().filter(x -> x.article().fileName().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not built: " + progress));
    }

    private static List<String> names(ArticleExtraction x, EntityKind kind) {
        return x.entities().stream().filter(e -> e.kind() == kind).map(ExtractedEntity::name).toList();
    }

    private static Optional<StatementFact> quotation(ArticleExtraction x, String opening) {
        return x.statements().stream().filter(s -> s.direct() && s.text().startsWith(opening)).findFirst();
    }

    private static String speaker(ArticleExtraction x, StatementFact s) {
        return x.entity(s.speaker()).map(ExtractedEntity::name).orElse("?");
    }

    /** Persons, organizations, a quotation with its speaker and the meeting's date, as written in the article. */
    private void extracts(String file, List<String> persons, String organization, String quotation, String speaker, String date) {
        ArticleExtraction x = of(file);
        String seen = file + ": persons " + names(x, EntityKind.PERSON) + ", organizations " + names(x, EntityKind.ORGANIZATION)
                + ", statements " + x.statements().stream().map(s -> speaker(x, s) + ": " + s.text()).toList() + ", meetings " + x.meetings();
        assertTrue(names(x, EntityKind.PERSON).containsAll(persons), seen);
        assertTrue(names(x, EntityKind.ORGANIZATION).stream().anyMatch(n -> n.contains(organization)), seen);
        StatementFact q = quotation(x, quotation).orElseThrow(() -> new AssertionError("no quotation " + quotation + " in " + seen));
        assertEquals(speaker, speaker(x, q), seen);
        assertEquals(q.text(), q.evidence().of(x.article().text()), "the statement's span is its text");
        assertEquals(Optional.of(date), x.meetings().get(0).date(), seen);
        assertTrue(x.meetings().get(0).dateEvidence().isPresent(), "the date is where the text states it: " + seen);
    }

    @Test
    void spanishPersonsOrganizationsQuotationAndDate() {
        extracts("es-consejo-vivienda.txt", List.of("Lucía Navarro", "Ramón Ortega"), "Federación Andaluza de Municipios",
                "Este plan permitirá", "Lucía Navarro", "2024-03-12");
        assertEquals("Ramón Ortega", speaker(of("es-consejo-vivienda.txt"), quotation(of("es-consejo-vivienda.txt"), "La vivienda es").orElseThrow()));
    }

    @Test
    void frenchPersonsOrganizationsQuotationAndDate() {
        extracts("fr-sommet-energie.txt", List.of("Jean Dufresne", "Lucía Navarro"), "Agence internationale de l'énergie",
                "Nous devons doubler", "Jean Dufresne", "2024-04-04");
        assertEquals("Lucía Navarro", speaker(of("fr-sommet-energie.txt"), quotation(of("fr-sommet-energie.txt"), "L'Espagne est prête").orElseThrow()));
    }

    @Test
    void germanPersonsOrganizationsQuotationAndDate() {
        extracts("de-innenminister.txt", List.of("Martin Keller", "Sabine Lorenz"), "Roten Kreuzes",
                "Wir brauchen mehr Geld", "Martin Keller", "2024-06-06");
        assertEquals("Sabine Lorenz", speaker(of("de-innenminister.txt"), quotation(of("de-innenminister.txt"), "Die Helferinnen").orElseThrow()));
    }

    @Test
    void chinesePersonsOrganizationsQuotationAndDate() {
        extracts("zh-fangxun-huiyi.txt", List.of("王建国", "李红"), "气象局", "我们必须", "王建国", "2024-07-08");
        assertEquals("李红", speaker(of("zh-fangxun-huiyi.txt"), quotation(of("zh-fangxun-huiyi.txt"), "今年汛期").orElseThrow()));
    }

    @Test
    void everyArticlesLanguageIsDetectedAndRecordedBesideTheStatedOne() {
        String q = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?file ?read ?stated WHERE { GRAPH ?g { ?s pl:fileName ?file ; dcterms:language ?read OPTIONAL { ?s pl:language ?stated } } }
                """;
        List<String> rows;
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(result.dataset()))) {
            rows = ResultSetFormatter.toList(qe.execSelect()).stream().map(LanguagesBuildTest::row).sorted().toList();
        }
        assertEquals(List.of("de-innenminister.txt de en", "es-consejo-vivienda.txt es -", "fi-kaupunginvaltuusto.txt fi -",
                "fr-sommet-energie.txt fr fr-FR", "zh-fangxun-huiyi.txt zh -"), rows);
        assertTrue(progress.contains("de-innenminister.txt: states its language as en but its text reads as German (de"), progress);
    }

    private static String row(QuerySolution s) {
        return s.getLiteral("file").getString() + " " + s.getLiteral("read").getString() + " "
                + (s.contains("stated") ? s.getLiteral("stated").getString() : "-");
    }

    @Test
    void anUnsupportedLanguageIsNamedAndTheArticleKeptAsASourceWithoutFacts() {
        assertTrue(progress.contains("fi-kaupunginvaltuusto.txt: written in Finnish (fi), which Plenary cannot extract"), progress);
        ArticleExtraction fi = of("fi-kaupunginvaltuusto.txt");
        assertEquals(List.of(), fi.entities());
        assertEquals(List.of(), fi.statements());
        assertEquals(List.of(), fi.meetings());
        String q = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?x ?p ?o } }
                """.formatted(iris.sourceGraph(fi.article().id()));
        String facts = """
                PREFIX pl: <https://w3id.org/plenary/ontology#>
                ASK { GRAPH <%s> { { ?m a pl:Mention } UNION { ?s a pl:Statement } UNION { ?e a pl:Meeting } } }
                """.formatted(iris.sourceGraph(fi.article().id()));
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(result.dataset()));
             var ask = QueryExecutionFactory.create(facts, DatasetFactory.wrap(result.dataset()))) {
            assertTrue(qe.execSelect().next().getLiteral("n").getInt() > 0, "the source is published");
            assertFalse(ask.execAsk(), "no facts from the Finnish article");
        }
    }

    @Test
    void theSamePersonInTwoLanguagesIsOneResource() {
        String es = entityIri(of("es-consejo-vivienda.txt"), "Lucía Navarro"), fr = entityIri(of("fr-sommet-energie.txt"), "Lucía Navarro");
        assertEquals(es, fr);
        assertTrue(es.startsWith(iris.base() + "id/person/"), es);
    }

    private String entityIri(ArticleExtraction x, String name) {
        ExtractedEntity e = x.entities().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + x.article().fileName()));
        return result.resolution().entity(x.article().id(), e.key()).map(r -> iris.entity(r.kind(), r.id()))
                .orElseThrow(() -> new AssertionError(name + " not resolved"));
    }
}
