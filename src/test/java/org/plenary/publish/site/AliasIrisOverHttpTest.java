package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alias IRI ({@link TinyCorpus#ALIAS}, owl:sameAs the person in graph/resolution) dereferences to the person:
 * {@code /id/} answers 303 to the person's page or data, {@code /page/} and {@code /data/} move permanently (301)
 * to the person's. A described resource with an owl:sameAs of its own (to Wikidata) is not an alias.
 */
class AliasIrisOverHttpTest {
    @TempDir static Path tmp;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static TinySite site;

    @BeforeAll
    static void start() {
        site = TinySite.start(tmp);
    }

    @AfterAll
    static void stop() { site.close(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + site.server().port() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String local(String iri) { return iri.substring(TinyCorpus.BASE.length() + 2); } // "/person/slug"

    static String location(HttpResponse<?> r) { return r.headers().firstValue("Location").orElse(null); }

    @Test
    void theIdOfAnAliasAnswers303ToThePageOrDataOfItsEntity() throws Exception {
        HttpResponse<String> html = get("/id" + local(TinyCorpus.ALIAS), "text/html");
        assertEquals(303, html.statusCode());
        assertEquals("/page" + local(TinyCorpus.PERSON), location(html));
        HttpResponse<String> none = get("/id" + local(TinyCorpus.ALIAS), null);
        assertEquals("/page" + local(TinyCorpus.PERSON), location(none));
        HttpResponse<String> rdf = get("/id" + local(TinyCorpus.ALIAS), "text/turtle");
        assertEquals(303, rdf.statusCode());
        assertEquals("/data" + local(TinyCorpus.PERSON), location(rdf));
    }

    @Test
    void thePageAndDataOfAnAliasMovePermanentlyToThoseOfItsEntity() throws Exception {
        HttpResponse<String> page = get("/page" + local(TinyCorpus.ALIAS), "text/html");
        assertEquals(301, page.statusCode());
        assertEquals("/page" + local(TinyCorpus.PERSON), location(page));
        HttpResponse<String> data = get("/data" + local(TinyCorpus.ALIAS) + "?format=nt", null);
        assertEquals(301, data.statusCode());
        assertEquals("/data" + local(TinyCorpus.PERSON) + "?format=nt", location(data), "the format survives the move");
        // Where it leads: the entity's description, which names the alias.
        HttpResponse<String> target = get(location(data), null);
        assertEquals(200, target.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(target.body(), Lang.NTRIPLES).parse(m);
        assertTrue(m.contains(m.createResource(TinyCorpus.ALIAS), OWL.sameAs, m.createResource(TinyCorpus.PERSON)));
    }

    @Test
    void anEntityLinkedToWikidataIsNotAnAlias() throws Exception {
        assertEquals(200, get("/page" + local(TinyCorpus.OTHER), "text/html").statusCode());
        assertEquals(200, get("/data" + local(TinyCorpus.OTHER), "text/turtle").statusCode());
        assertEquals("/page" + local(TinyCorpus.OTHER), location(get("/id" + local(TinyCorpus.OTHER), "text/html")));
    }
}
