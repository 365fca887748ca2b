package org.plenary.publish.site;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.it.SeedCorpus;

/**
 * Alias IRIs the resolver published for the seed articles (owl:sameAs in graph/resolution, found by SPARQL over
 * HTTP) dereference to their entity on the seed server. Shares the seed build (and its one CoreNLP load) with the
 * other seed tests.
 */
class SeedAliasesOverHttpTest {
    static SeedCorpus seeds;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void build() { seeds = SeedCorpus.get(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + seeds.server.port() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String local(String iri) { return iri.substring(seeds.iris.base().length() + 2); }

    @Test
    void everyAliasOfTheSeedGraphLeadsToItsEntity() throws Exception {
        List<Map<String, RDFNode>> aliases = seeds.select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?alias ?entity WHERE {
                  GRAPH <%s> { ?alias owl:sameAs ?entity }
                  ?entity a ?class .
                } ORDER BY ?alias
                """.formatted(seeds.iris.resolutionGraph()));
        assertFalse(aliases.isEmpty(), "the seed resolution publishes aliases");
        for (Map<String, RDFNode> row : aliases) {
            String alias = row.get("alias").asResource().getURI(), entity = row.get("entity").asResource().getURI();
            HttpResponse<String> id = get("/id" + local(alias), "text/html");
            assertEquals(303, id.statusCode(), alias);
            assertEquals("/page" + local(entity), id.headers().firstValue("Location").orElse(null), alias);
            HttpResponse<String> page = get("/page" + local(alias), "text/html");
            assertEquals(301, page.statusCode(), alias);
            assertEquals("/page" + local(entity), page.headers().firstValue("Location").orElse(null), alias);
            HttpResponse<String> data = get("/data" + local(alias), "text/turtle");
            assertEquals(301, data.statusCode(), alias);
            assertEquals("/data" + local(entity), data.headers().firstValue("Location").orElse(null), alias);
            HttpResponse<String> target = get("/page" + local(entity), "text/html");
            assertEquals(200, target.statusCode(), entity);
            assertTrue(target.body().contains("/page" + local(alias)) || target.body().contains(alias), "the entity's page names its alias " + alias);
        }
    }
}
