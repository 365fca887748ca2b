package org.plenary.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.plenary.graph.IriScheme;
import org.plenary.graph.OA;
import org.plenary.graph.PL;
import org.plenary.text.Slugs;

/**
 * Stanford CoreNLP out of the box, as the baseline a peer would compare Plenary with: its default English
 * pipeline with named entities, coreference and its own quote attribution. Written as the graph shape the
 * {@link Scorer} reads (one named graph per article), so both are scored by the same code on the same gold:
 * <ul>
 * <li>persons and organizations: the PERSON and ORGANIZATION entity mentions, grouped by the coreference
 *     chains (each mention joins its canonical mention's group) and by equal text;</li>
 * <li>statements: every quotation, text between its marks, direct, attributed to the group of CoreNLP's
 *     canonical speaker mention (else its speaker, else a person named by the speaker text);</li>
 * <li>roles, participation and meetings: none (CoreNLP has no such notion), so those rows score recall 0.</li>
 * </ul>
 */
public final class CoreNlpBaseline {
    private static final String QUOTE_MARKS = "\"“”‘’'«»`";
    private static volatile StanfordCoreNLP pipeline;

    private final IriScheme iris;

    public CoreNlpBaseline(IriScheme iris) {
        this.iris = iris;
    }

    /** The default pipeline with coreference and quotations, loaded once per JVM (about 20 s, 1.5 GB). */
    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpBaseline.class) {
                if (pipeline == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
                    pipeline = new StanfordCoreNLP(props);
                }
                p = pipeline;
            }
        }
        return p;
    }

    /** Annotates every {@code *.txt} of the folder (sorted) into one dataset. */
    public Dataset build(Path articlesDir, PrintStream progress) {
        List<Path> files;
        try (Stream<Path> s = Files.list(articlesDir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + articlesDir, e);
        }
        Dataset ds = DatasetFactory.createGeneral();
        int n = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            Model m = annotate(Slugs.slug(name.substring(0, name.length() - 4)), text);
            Txn.executeWrite(ds, () -> ds.addNamedModel(iris.sourceGraph(Slugs.slug(name.substring(0, name.length() - 4))), m));
            progress.printf("corenlp baseline: %d/%d %s%n", ++n, files.size(), name);
        }
        return ds;
    }

    /** The claims of one article. */
    public Model annotate(String sourceId, String text) {
        CoreDocument doc = new CoreDocument(text);
        annotateQuietly(doc);
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        // the baseline's own nodes, apart from Plenary's resources: {base}baseline/corenlp/{sourceId}/...
        String nodes = iris.baseline("corenlp", sourceId);
        Groups groups = new Groups();
        List<CoreEntityMention> mentions = new ArrayList<>();
        for (CoreEntityMention em : doc.entityMentions())
            if (em.entityType().equals("PERSON") || em.entityType().equals("ORGANIZATION")) mentions.add(em);
        for (CoreEntityMention em : mentions) {
            String key = em.entityType() + " " + em.text();
            groups.add(key);
            em.canonicalEntityMention().filter(c -> c.entityType().equals(em.entityType()))
                    .ifPresent(c -> groups.union(key, c.entityType() + " " + c.text()));
        }
        Map<String, Resource> entities = new HashMap<>();
        int mentionNo = 0;
        for (CoreEntityMention em : mentions) {
            Resource e = entity(m, nodes, groups, entities, em.entityType() + " " + em.text(), em.entityType());
            int[] span = codePoints(text, em.charOffsets().first(), em.charOffsets().second());
            Resource sp = m.createResource(nodes + "span/m" + mentionNo);
            m.createResource(nodes + "mention/" + mentionNo++).addProperty(RDF.type, PL.Mention).addProperty(PL.mentionOf, e)
                    .addProperty(PL.span, sp);
            sp.addProperty(RDF.type, PL.TextSpan).addProperty(OA.exact, em.text())
                    .addLiteral(OA.start, m.createTypedLiteral(span[0])).addLiteral(OA.end, m.createTypedLiteral(span[1]));
        }
        int quoteNo = 0;
        for (CoreQuote q : doc.quotes()) {
            int b = q.quoteCharOffsets().first(), en = q.quoteCharOffsets().second();
            while (b < en && QUOTE_MARKS.indexOf(text.charAt(b)) >= 0) b++;
            while (en > b && QUOTE_MARKS.indexOf(text.charAt(en - 1)) >= 0) en--;
            if (b >= en) continue;
            String inner = text.substring(b, en);
            int[] span = codePoints(text, b, en);
            Resource s = m.createResource(nodes + "statement/" + quoteNo);
            Resource sp = m.createResource(nodes + "span/q" + quoteNo++);
            s.addProperty(RDF.type, PL.Statement).addProperty(PL.text, inner).addLiteral(PL.direct, true).addProperty(PL.span, sp);
            sp.addProperty(RDF.type, PL.TextSpan).addProperty(OA.exact, inner)
                    .addLiteral(OA.start, m.createTypedLiteral(span[0])).addLiteral(OA.end, m.createTypedLiteral(span[1]));
            speaker(q).map(key -> entity(m, nodes, groups, entities, key, key.substring(0, key.indexOf(' '))))
                    .ifPresent(e -> s.addProperty(PL.speaker, e));
        }
        return m;
    }

    /**
     * CoreNLP's quote attribution prints its sieves' debugging ("no candidate top speakers found") straight to
     * System.err; logs stay quiet by default, so that stream is muted while one document is annotated (eval runs
     * articles one after another).
     */
    private static void annotateQuietly(CoreDocument doc) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            pipeline().annotate(doc);
        } finally {
            System.setErr(err);
        }
    }

    /** The speaker's group key: the canonical speaker's mention, else the speaker's, else the speaker text as a person. */
    private static Optional<String> speaker(CoreQuote q) {
        Optional<CoreEntityMention> em = q.canonicalSpeakerEntityMention().or(q::speakerEntityMention);
        if (em.isPresent() && (em.get().entityType().equals("PERSON") || em.get().entityType().equals("ORGANIZATION")))
            return Optional.of(em.get().entityType() + " " + em.get().text());
        return q.canonicalSpeaker().or(q::speaker).filter(s -> !s.isBlank()).map(s -> "PERSON " + s.strip());
    }

    private static Resource entity(Model m, String nodes, Groups groups, Map<String, Resource> entities, String key, String type) {
        groups.add(key);
        String root = groups.find(key);
        return entities.computeIfAbsent(root, r -> {
            Resource e = m.createResource(nodes + (type.equals("PERSON") ? "person/" : "organization/") + entities.size());
            e.addProperty(RDF.type, type.equals("PERSON") ? PL.Person : PL.Organization);
            e.addProperty(PL.name, r.substring(r.indexOf(' ') + 1));
            return e;
        });
    }

    private static int[] codePoints(String text, int begin, int end) {
        int b = text.codePointCount(0, begin);
        return new int[] {b, b + text.codePointCount(begin, end)};
    }

    /** Union-find over mention keys ("TYPE text"): the first key of a group names it. */
    private static final class Groups {
        private final Map<String, String> parent = new LinkedHashMap<>();

        void add(String k) { parent.putIfAbsent(k, k); }

        String find(String k) {
            String p = parent.get(k);
            if (p == null || p.equals(k)) return k;
            String r = find(p);
            parent.put(k, r);
            return r;
        }

        void union(String a, String b) {
            add(a);
            add(b);
            String ra = find(a), rb = find(b);
            if (!ra.equals(rb)) parent.put(ra, rb);   // the canonical mention's group names the entity
        }
    }
}
