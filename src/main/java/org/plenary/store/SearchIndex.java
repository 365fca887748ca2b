package org.plenary.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.plenary.graph.PL;

/**
 * The Lucene text index of a generation (jena-text): preferred names ({@code pl:name}, field {@code name}),
 * other spellings ({@code pl:altName}, field {@code altName}) and statement texts ({@code pl:text}, field
 * {@code text}). Built from the union graph when a generation is published whole, updated by document when a rebuild
 * publishes only what changed, read-only once published, and
 * usable in SPARQL as {@code ?s text:query (pl:name "query")}. Accents and case are folded, so "Perez" finds "Pérez".
 */
final class SearchIndex {
    public static final String NAME_FIELD = "name";
    public static final String ALT_NAME_FIELD = "altName";
    public static final String TEXT_FIELD = "text";
    static final String UID_FIELD = "uid";
    private static final List<Node> INDEXED = List.of(PL.name.asNode(), PL.altName.asNode(), PL.text.asNode());

    private SearchIndex() {}

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", NAME_FIELD, PL.name.asNode());
        def.set(ALT_NAME_FIELD, PL.altName.asNode());
        def.set(TEXT_FIELD, PL.text.asNode());
        def.setUidField(UID_FIELD); // lets a rebuild delete one literal's document (update)
        return def;
    }

    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true); // text:query can return the matched literal.
        config.setAnalyzer(analyzer());
        config.setQueryAnalyzer(analyzer());
        return config;
    }

    private static Analyzer analyzer() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard")
                    .addTokenFilter("lowercase").addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the index of {@code dsg}'s indexed literals into {@code dir}, which must not hold one yet. */
    public static void build(DatasetGraph dsg, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the text index " + dir + ": " + e.getMessage(), e);
        }
        write(dir, "Writing", index -> Txn.executeRead(dsg, () -> {
            // The union graph: a literal stated in two graphs is indexed once.
            Graph union = dsg.getUnionGraph();
            for (Node p : INDEXED)
                union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(index, t));
        }));
    }

    /** Whether a predicate's literals are indexed. */
    public static boolean indexes(Node predicate) { return INDEXED.contains(predicate); }

    /**
     * Updates the index at {@code dir} (a copy of the previous generation's) by document: the triples that left the
     * union graph lose their document, the ones that joined it get one. Triples of predicates not indexed are ignored.
     */
    public static void update(Path dir, Iterable<Triple> leftUnion, Iterable<Triple> joinedUnion) {
        write(dir, "Updating", index -> {
            for (Triple t : leftUnion) {
                Entity e = entity(index.getDocDef(), t);
                if (e != null) index.deleteEntity(e);
            }
            for (Triple t : joinedUnion) add(index, t);
        });
    }

    private static void add(TextIndex index, Triple t) {
        Entity e = entity(index.getDocDef(), t);
        if (e != null) index.addEntity(e);
    }

    private static Entity entity(EntityDefinition def, Triple t) {
        if (!indexes(t.getPredicate())) return null;
        return TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** Opens the index at {@code dir} for writing, lets {@code body} change it, commits and closes it. */
    private static void write(Path dir, String what, java.util.function.Consumer<TextIndex> body) {
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            try {
                body.accept(index);
                index.prepareCommit();
                index.commit();
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " the text index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code ds} with the text index at {@code dir}, for {@code text:query}. */
    public static Dataset open(Dataset ds, Path dir) {
        try {
            return TextDatasetFactory.createLucene(ds, FSDirectory.open(dir), config());
        } catch (IOException e) {
            throw new UncheckedIOException("Opening the text index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The storage dataset graph under a text-indexed one (itself if it has no index). */
    public static DatasetGraph storage(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text ? ((DatasetGraphWrapper) text).getWrapped() : dsg;
    }

    /** Closes the text index of {@code dsg}, if it has one (not the storage under it). */
    public static void close(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphText text) text.getTextIndex().close();
    }
}
