package org.plenary.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.plenary.extract.ArticleExtraction;
import org.plenary.extract.ArticleExtractor;
import org.plenary.extract.ExtractorByLanguage;
import org.plenary.extract.NlpPipeline;
import org.plenary.graph.IriScheme;
import org.plenary.graph.Prefixes;
import org.plenary.graph.SourceGraph;
import org.plenary.ingest.Article;
import org.plenary.ingest.ArticleException;
import org.plenary.ingest.ArticleReader;
import org.plenary.ingest.SourceCatalogue;
import org.plenary.resolve.EntityResolver;
import org.plenary.resolve.NameMatcher;
import org.plenary.resolve.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print one article's graph as TriG, touching no database.")
public class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article file.")
    Path file;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Public base IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Mixin StackTraceOption stackTraces;

    public ExtractCommand() {}

    @Override
    public Integer call() {
        try {
            if (!Files.isRegularFile(file)) throw new ArticleException(file + ": no such file");
            Path dir = file.toAbsolutePath().getParent();
            Article article = new ArticleReader(SourceCatalogue.forDirectory(dir), org.plenary.ingest.FetchArchive.forDirectory(dir)).read(file);
            System.err.println("Loading language models\u2026"); // half a minute of silence otherwise
            ArticleExtraction x = new ExtractorByLanguage(new ArticleExtractor(NlpPipeline.shared())).extract(article);
            x.notice().ifPresent(n -> System.err.println(file + ": " + n));
            Resolution r = new EntityResolver(NameMatcher.standard()).resolve(List.of(x));
            DatasetGraph dsg = DatasetGraphFactory.create();
            new SourceGraph(new IriScheme(base), r).write(x, StreamRDFLib.dataset(dsg));
            Prefixes.standard(new IriScheme(base)).forEach(dsg.prefixes()::add);
            RDFDataMgr.write(System.out, dsg, RDFFormat.TRIG_PRETTY);
            System.out.flush();
            return 0;
        } catch (ArticleException e) {
            return stackTraces.failures().badInput(e);
        }
    }
}
