package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plenary.extract.EntityKind;
import org.plenary.graph.IriScheme;
import org.plenary.text.Slugs;
import org.plenary.link.Link;
import org.plenary.link.LinkTable;
import org.plenary.link.LinkTarget;
import org.plenary.link.LinkableEntities;
import org.plenary.link.LinkableEntity;
import org.plenary.link.WikidataClient;
import org.plenary.link.WikidataLinker;
import org.plenary.link.WikidataRefresh;
import org.plenary.store.PlenaryDatabase;
import org.plenary.build.PlenaryException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plenary link}: without {@code --online}, shows the links the offline table gives the entities of a
 * database or a names file; with {@code --online}, looks those names up on Wikidata and adds the items that
 * fit (type by P31, name match) to the table, caching their JSON.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link entities to Wikidata from the offline table: the names of a file, or the people, organizations and places of a database; --online refreshes the table from Wikidata.")
public final class LinkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--online", description = "Query Wikidata (wbsearchentities, wbgetentities) and add new rows to the table.")
    boolean online;

    @Option(names = "--endpoint", defaultValue = WikidataClient.DEFAULT_ENDPOINT, paramLabel = "URL", description = "Wikibase API endpoint (default: ${DEFAULT-VALUE}).")
    URI endpoint;

    @Option(names = "--table", defaultValue = "data/wikidata/links.tsv", paramLabel = "FILE", description = "Link table (default: ${DEFAULT-VALUE}, relative to the working directory; must exist unless --online).")
    Path table;

    @Option(names = "--cache", defaultValue = "data/wikidata/cache", paramLabel = "DIR", description = "Where fetched entity JSON goes (default: ${DEFAULT-VALUE}).")
    Path cache;

    /** What to link: exactly one of a names file or a database (picocli reports a usage error otherwise). */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Entities entities;

    static final class Entities {
        @Option(names = "--names", paramLabel = "FILE", description = "Names to look up, one a line; optionally 'person|organization|place<TAB>name'.")
        Path names;

        // Reads the same as the shared DatabaseOption (which cannot sit in this exclusive group: it is required).
        @Option(names = "--db", paramLabel = "DIR", description = "The Plenary database directory.")
        Path db;
    }

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, paramLabel = "IRI", description = "Base IRI of the entities of a names file (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "Language of labels and aliases (default: ${DEFAULT-VALUE}).")
    String language;

    @Mixin StackTraceOption stackTraces;

    @Override
    public Integer call() {
        try {
            return link();
        } catch (PlenaryException e) {
            return stackTraces.failures().badInput(e);
        } catch (IOException | RuntimeException e) {
            return stackTraces.failures().failed(e);
        }
    }

    private int link() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LinkableEntity> entities = this.entities.names != null ? readNames(this.entities.names, new IriScheme(base))
                : readDb(this.entities.db);
        // --online may start a new table; linking from a table that is not there would silently link nothing.
        if (!online && !Files.isRegularFile(table))
            throw new PlenaryException("--table " + table.toAbsolutePath() + ": no such link table");
        LinkTable current = Files.exists(table) ? LinkTable.read(table) : LinkTable.empty();
        if (online) {
            // One lookup per name; the kind constrains it only when every entity of that name agrees on it.
            java.util.Map<String, java.util.Set<EntityKind>> kinds = new java.util.LinkedHashMap<>();
            for (LinkableEntity e : entities)
                for (String n : e.names()) kinds.computeIfAbsent(n, k -> java.util.EnumSet.noneOf(EntityKind.class)).add(e.kind());
            List<WikidataRefresh.NameQuery> queries = new ArrayList<>();
            kinds.forEach((n, ks) -> queries.add(new WikidataRefresh.NameQuery(n,
                    ks.size() == 1 ? Optional.of(ks.iterator().next()) : Optional.empty())));
            List<LinkTarget> found = WikidataRefresh.of(new WikidataClient(endpoint, language), cache).refresh(queries);
            List<LinkTarget> added = found.stream().filter(t -> current.get(t.qid()).isEmpty()).toList();
            current.with(added).write(table);
            for (LinkTarget t : added) out.println("added\t" + t.qid() + "\t" + t.label() + "\t" + t.type().token());
            out.println(added.size() + " new rows in " + table + " (" + (found.size() - added.size()) + " already present)");
            return 0;
        }
        List<Link> links = WikidataLinker.create().table(current).build().link(entities);
        for (Link l : links)
            out.println(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s", l.entityIri(), l.qid(), l.score(), l.accepted() ? "accepted" : "candidate"));
        return 0;
    }

    static List<LinkableEntity> readNames(Path file, IriScheme iris) throws IOException {
        if (!Files.isRegularFile(file)) throw new PlenaryException("--names " + file + ": no such file");
        List<LinkableEntity> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", 2);
            // Without a kind the name is looked up as each kind; the table's type check keeps what fits.
            List<EntityKind> kinds = cells.length == 2 ? List.of(kind(file, i + 1, cells[0])) : List.of(EntityKind.values());
            String name = (cells.length == 2 ? cells[1] : cells[0]).trim();
            for (EntityKind k : kinds) out.add(new LinkableEntity(iris.entity(k, Slugs.slug(name)), k, name, List.of()));
        }
        return out;
    }

    private static EntityKind kind(Path file, int line, String cell) {
        try {
            return EntityKind.valueOf(cell.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlenaryException(file + ":" + line + ": unknown kind '" + cell.trim() + "' (expected person, organization or place)");
        }
    }

    /**
     * The entities of the published generation, read through its union default graph (each entity's type and
     * names sit in the source and resolution graphs, none in the stored default graph). A missing or mistyped
     * directory, or a database another process holds, is reported by {@link PlenaryDatabase#existing}.
     */
    static List<LinkableEntity> readDb(Path dir) {
        return LinkableEntities.of(PlenaryDatabase.existing(dir).open());
    }
}
