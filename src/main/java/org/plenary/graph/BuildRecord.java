package org.plenary.graph;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDFS;
import org.plenary.ingest.Article;

/** The build's own provenance (PROV-O): when it ran, which software version, which inputs with their SHA-256. */
public final class BuildRecord {
    public static final String VERSION = versionOf();

    private final IriScheme iris;

    public BuildRecord(IriScheme iris) { this.iris = iris; }

    public void write(List<Article> inputs, Instant started, Instant ended, StreamRDF out) {
        QuadWriter w = new QuadWriter(out, iris.buildGraph());
        String build = iris.build(), software = iris.software();
        w.type(build, PL.Build);
        w.type(build, PROV.Activity);
        w.typed(build, PROV.startedAtTime, started.toString(), XSDDatatype.XSDdateTime);
        w.typed(build, PROV.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime);
        w.str(build, PL.softwareVersion, VERSION);
        w.iri(build, PROV.wasAssociatedWith, software);
        w.type(software, PROV.SoftwareAgent);
        w.str(software, RDFS.label, "Plenary " + VERSION);
        for (Article a : inputs) {
            String src = iris.source(a.id());
            w.iri(build, PROV.used, src);
            w.type(src, PL.Source);
            w.str(src, PL.sha256, a.sha256());
            w.str(src, PL.fileName, a.fileName());
        }
    }

    private static String versionOf() {
        String v = BuildRecord.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }
}
