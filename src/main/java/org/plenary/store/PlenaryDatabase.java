package org.plenary.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.plenary.graph.ShapesValidator;
import org.plenary.graph.Validation;
import org.plenary.build.Destination;
import org.plenary.build.PlenaryException;

/**
 * A Plenary database directory: {@code DIR/current} is a symlink to {@code DIR/gen-<n>/}, which holds
 * {@code tdb2/} (the TDB2 dataset), {@code text/} (its Lucene text index) and {@code dumps/}. {@link #replace} writes a whole new generation beside
 * the current one and swaps the symlink atomically, so a failed or killed build never loses what was published.
 * <p>
 * TDB2 allows one JVM per dataset directory; this class keeps one open {@link Dataset} per generation
 * for the whole JVM, whatever the number of {@code PlenaryDatabase} objects.
 */
public final class PlenaryDatabase implements Destination {
    static final String CURRENT = "current";
    static final String CURRENT_TMP = "current.tmp";
    static final String REPLACE_LOCK = "replace.lock";
    static final String TDB2_DIR = "tdb2";
    static final String DUMPS_DIR = "dumps";
    static final String TEXT_DIR = "text";
    /** The entity ids of the published build ({@link #entityIds()}) and the extraction cache ({@link #extractionCache()}). */
    private static final String ENTITY_IDS = "ids.tsv";
    private static final String EXTRACTION_CACHE = "cache";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d+)");
    /** TDB2 writes the owning process id into this file of the dataset directory. */
    private static final String TDB_LOCK = "tdb.lock";

    /** Open datasets of this JVM, by the real path of their {@code tdb2/} directory. */
    private static final Map<Path, Dataset> OPEN = new ConcurrentHashMap<>();
    /** Guards replace within this JVM (the lock file guards it between processes). */
    private static final Map<Path, Object> REPLACING = new ConcurrentHashMap<>();

    private final Path dir;

    private PlenaryDatabase(Path dir) { this.dir = dir; }

    /**
     * The database at {@code dir}. The directory may be missing or empty (a database not built yet);
     * anything else that is not a Plenary database is refused with a message naming the path.
     */
    public static PlenaryDatabase at(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs))
            throw new PlenaryException("Not a Plenary database: " + abs + " is not a directory");
        if (Files.isDirectory(abs)) {
            List<String> foreign = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(abs)) {
                for (Path p : entries) {
                    String name = p.getFileName().toString();
                    if (!isOwnEntry(name)) foreign.add(name);
                }
            } catch (IOException e) {
                throw new PlenaryException("Cannot read database directory " + abs + ": " + e.getMessage(), e);
            }
            if (!foreign.isEmpty() && !Files.exists(abs.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS))
                throw new PlenaryException("Not a Plenary database: " + abs + " is not empty and has no '" + CURRENT
                        + "' link (found " + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + ")");
        }
        return new PlenaryDatabase(abs);
    }

    /**
     * The database at {@code dir}, which must hold a published generation: for commands that read a database,
     * so that a mistyped path is reported rather than taken for a new, empty database.
     */
    public static PlenaryDatabase existing(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.exists(abs))
            throw new PlenaryException("No Plenary database at " + abs + ": the directory does not exist");
        PlenaryDatabase db = at(abs);
        if (!db.exists())
            throw new PlenaryException("No Plenary database at " + abs + ": nothing published yet (no '" + CURRENT + "' generation)");
        return db;
    }

    private static boolean isOwnEntry(String name) {
        return name.equals(CURRENT) || name.equals(CURRENT_TMP) || name.equals(REPLACE_LOCK) || name.equals(EXTRACTION_CACHE)
                || name.equals(ENTITY_IDS) || name.equals(ENTITY_IDS + ".part")
                || GENERATION.matcher(name).matches();
    }

    /** The database directory ({@code DIR}). */
    @Override public Path location() { return dir; }

    /** {@code DIR/ids.tsv}: the entity ids of the published build, kept beside its generations. */
    @Override public Path entityIds() { return dir.resolve(ENTITY_IDS); }

    /** {@code DIR/cache/}: the extractions of the published build's articles. */
    @Override public Path extractionCache() { return dir.resolve(EXTRACTION_CACHE); }

    /** True when a generation has been published ({@code current} resolves to a generation with a dataset). */
    @Override public boolean exists() { return currentGeneration().isPresent(); }

    /** The real path of the published generation directory, if any. */
    public Optional<Path> currentGeneration() {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path gen = link.toRealPath();
            return Files.isDirectory(gen.resolve(TDB2_DIR)) ? Optional.of(gen) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code current} link as written ({@code gen-<n>}), read with one system call where
     * {@link #currentGeneration()} resolves every path element: it changes exactly when a build publishes, because
     * generation numbers only grow. Lets a server check for a new generation on every request at no cost.
     */
    @Override public Optional<Path> currentLink() {
        try {
            return Optional.of(Files.readSymbolicLink(dir.resolve(CURRENT)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The names of the published generation's named graphs, from its manifest; empty when nothing is published or the
     * generation has no manifest (published by {@link #replace} or an older version).
     */
    @Override public Optional<java.util.Set<String>> publishedGraphs() {
        return currentGeneration().flatMap(GenerationManifest::read).map(m -> java.util.Set.copyOf(m.graphs().keySet()));
    }

    /**
     * The generation {@code serve} may serve and the newer ones it refused: the published one if it passes its
     * {@link GenerationCheck check} (files as their build wrote them, TDB2 node table and indexes readable), else the
     * newest older complete generation that does (a build keeps one). Each generation is checked once per JVM (a
     * generation is never written once published); a restart checks again.
     */
    public Servable servable() {
        Optional<Path> current = currentGeneration();
        if (current.isEmpty()) return new Servable(Optional.empty(), List.of());
        List<Path> candidates = new ArrayList<>(List.of(current.get()));
        candidates.addAll(olderComplete(current.get()));
        List<String> refused = new ArrayList<>();
        for (Path g : candidates) {
            Optional<String> problem = CHECKED.computeIfAbsent(realPath(g), this::check);
            if (problem.isEmpty()) return new Servable(Optional.of(g), refused);
            refused.add(g.getFileName() + " (" + problem.get() + ")");
        }
        return new Servable(Optional.empty(), refused);
    }

    /** The generation to serve, if any is sound, and what was wrong with the newer ones. */
    public record Servable(Optional<Path> generation, List<String> refused) {
        public Servable {
            refused = List.copyOf(refused);
        }

        /** One line saying which generations are refused and what is served instead; empty when none is refused. */
        public Optional<String> warning() {
            if (refused.isEmpty()) return Optional.empty();
            return Optional.of("refusing to serve damaged generation " + String.join("; ", refused) + "; "
                    + generation.map(g -> "serving " + g.getFileName() + ", the newest sound generation, instead")
                    .orElse("no earlier sound generation to serve"));
        }
    }

    /** Generations checked by this JVM, by real path: what is wrong with each, if anything. */
    private static final Map<Path, Optional<String>> CHECKED = new ConcurrentHashMap<>();

    private Optional<String> check(Path gen) {
        boolean sums = GenerationCheck.hasSums(gen);
        if (sums) {
            Optional<String> problem = GenerationCheck.sumsProblem(gen);
            if (problem.isPresent()) return problem;
        }
        Dataset ds;
        try {
            ds = open(gen);
        } catch (PlenaryException e) {
            throw e; // in use by another process: not a damaged generation
        } catch (RuntimeException | InternalError e) {
            release(gen);
            return Optional.of("TDB2 cannot open it: " + e);
        }
        Optional<String> problem = GenerationCheck.readProblem(storage(ds), !sums);
        if (problem.isPresent()) release(gen);
        return problem;
    }

    /** The dumps directory of the published generation, if any. */
    /** The dumps folder of {@code generation} (one this database handed out), wherever the layout keeps it. */
    public static Path dumpsOf(Path generation) {
        return generation.resolve(DUMPS_DIR);
    }

    public Optional<Path> currentDumps() {
        return currentGeneration().map(g -> g.resolve(DUMPS_DIR));
    }

    /** Writes the dumps of a generation published without them (by an older version), from its dataset. */
    public static void ensureDumps(Dataset ds, Path generation) {
        Path dumps = generation.resolve(DUMPS_DIR);
        if (Files.isRegularFile(dumps.resolve(DumpWriter.SUMS))) return;
        try {
            DumpWriter.create().write(ds, dumps);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing dumps to " + dumps + ": " + e.getMessage(), e);
        }
    }

    /** The published dataset; its default graph is the union of the named graphs. */
    public Dataset open() {
        return open(currentGeneration().orElseThrow(() ->
                new PlenaryException("No Plenary database at " + dir + ": nothing published yet (no '" + CURRENT + "' generation)")));
    }

    /**
     * The dataset of one generation directory (as returned by {@link #currentGeneration()}), with its text index
     * for {@code text:query} (a generation published without one gets it now).
     */
    public Dataset open(Path generation) {
        Path tdb = realPath(generation.resolve(TDB2_DIR));
        return OPEN.computeIfAbsent(tdb, t -> {
            Dataset ds = connect(t);
            Path text = t.resolveSibling(TEXT_DIR);
            if (!Files.isDirectory(text)) SearchIndex.build(ds.asDatasetGraph(), text);
            return SearchIndex.open(ds, text);
        });
    }

    /** The TDB2 dataset graph under a dataset's text index. */
    private static DatasetGraph storage(Dataset ds) {
        return SearchIndex.storage(ds.asDatasetGraph());
    }

    private static Dataset connect(Path tdb) {
        long owner = lockOwner(tdb);
        if (owner > 0 && owner != ProcessHandle.current().pid() && isAlive(owner))
            throw new PlenaryException("Database " + tdb + " is in use by process " + owner
                    + " (TDB2 allows one process per database; is 'plenary serve' running on it?)");
        Dataset ds = TDB2Factory.connectDataset(Location.create(tdb));
        // Every query sees all named graphs as its default graph (docs/DESIGN.md).
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /** Closes this JVM's dataset of a generation, so that it can be deleted. Queries on it must have ended. */
    public void release(Path generation) {
        Dataset ds = OPEN.remove(realPath(generation.resolve(TDB2_DIR)));
        if (ds != null) {
            SearchIndex.close(ds.asDatasetGraph());
            // a query stopped by its timeout may still be unwinding its read transaction: give it a moment
            for (int attempt = 0; ; attempt++) {
                try {
                    TDBInternal.expel(storage(ds));
                    return;
                } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
                    if (attempt >= 100) return; // still busy after 10 s: the JVM's exit closes it
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Publishes a new generation holding exactly the quads {@code writer} sends into its {@link StreamRDF}.
     * The quads are written with TDB2's bulk loader ({@link #bulkLoad}), the text index and the dumps are written, and only then the
     * {@code current} link is swapped. If {@code writer} throws, the new generation is removed and the exception
     * propagates; the published generation is untouched. Older generations not in use by any process are deleted,
     * including ones left half-written by a killed build.
     */
    public void replace(Consumer<StreamRDF> writer) {
        underLock((before, gen) -> {
            fill(before, gen, () -> {
                Dataset ds = loadWhole(gen, writer);
                DumpWriter.create().write(ds, gen.resolve(DUMPS_DIR));
            });
            return null;
        });
    }

    /**
     * Publishes the TDB2 database at {@code tdb2} (one written outside Plenary, e.g. by {@code tdb2.xloader} or
     * TDB2's parallel loader, and closed) as a new generation: the folder is moved in (a rename, so on the same file
     * system), then the text index, the dumps and the sums are written and {@code current} swapped, as with
     * {@link #replace}. If any step fails the new generation is removed (with the moved folder) and the published
     * one is untouched. A folder that is not a TDB2 database is refused before anything moves.
     */
    public void adopt(Path tdb2) {
        Path from = tdb2.toAbsolutePath().normalize();
        if (!Files.isDirectory(from))
            throw new PlenaryException("No TDB2 database at " + from + ": not a directory");
        try (DirectoryStream<Path> data = Files.newDirectoryStream(from, "Data-*")) {
            if (!data.iterator().hasNext())
                throw new PlenaryException("No TDB2 database at " + from + ": no Data-NNNN folder");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + from + ": " + e.getMessage(), e);
        }
        // As in connect: a lock naming this process is left by a dataset this JVM has closed (TDB2 keeps the file).
        long owner = lockOwner(from);
        if (owner > 0 && owner != ProcessHandle.current().pid() && isAlive(owner))
            throw new PlenaryException("TDB2 database " + from + " is in use by process " + owner + ": close it first");
        underLock((before, gen) -> {
            fill(before, gen, () -> {
                Path tdb = gen.resolve(TDB2_DIR);
                Files.delete(tdb);
                Files.move(from, tdb, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(tdb.resolve(TDB_LOCK));
                try {
                    Dataset ds = storageOf(gen);
                    requireEveryIndex(ds.asDatasetGraph());
                    SearchIndex.build(ds.asDatasetGraph(), gen.resolve(TEXT_DIR));
                    DumpWriter.create().write(withTextIndex(gen, ds), gen.resolve(DUMPS_DIR));
                } catch (RuntimeException | Error | IOException e) {
                    // The folder was the caller's: it goes back where it was, not away with the failed generation.
                    release(gen);
                    Files.move(tdb, from, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
            });
            return null;
        });
    }

    /** How {@link #publish} published a generation: whole, or by writing only the graphs that changed. */
    public record Publication(boolean whole, int graphsChanged, int graphs, long quadsRemoved, long quadsAdded) implements Destination.Published {
        /** One line for a build's progress output. */
        @Override public String summary() {
            return whole ? String.format(java.util.Locale.ROOT, "written whole (%d graphs)", graphs)
                    : String.format(java.util.Locale.ROOT, "%d of %d graphs changed (%d quads out, %d in)", graphsChanged, graphs, quadsRemoved, quadsAdded);
        }
    }

    /**
     * Publishes a new generation holding exactly the quads of {@code built} (a dataset of named graphs), after
     * checking them against {@code shapes}; what was published stays until the new generation is complete, exactly as
     * with {@link #replace}. When the published generation has a {@link GenerationManifest}, only the graphs whose
     * {@link GraphFingerprints fingerprint} changed are written ({@link GenerationUpdate}): the generation's files are
     * copied, the changes applied in one TDB2 write transaction, only the nodes they touch validated, the text index
     * updated by document, and the dump segments of unchanged graphs copied. A generation is written whole when there
     * is nothing to start from, when more than a quarter of the quads changed (the bulk loader is then faster), or once
     * updates have doubled the TDB2 files (which only grow). Throws {@link PlenaryException} with the SHACL report when
     * {@code built} does not conform; the published generation is then untouched.
     */
    @Override public Publication publish(DatasetGraph built, ShapesValidator shapes) {
        return underLock((before, gen) -> Txn.calculateRead(built, () -> {
            try {
                return publishLocked(before, gen, built, shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private Publication publishLocked(Optional<Path> before, Path gen, DatasetGraph built, ShapesValidator shapes) throws IOException {
        Map<String, GraphFingerprints.Fingerprint> now = GraphFingerprints.of(built);
        Optional<GenerationManifest> previous = before.flatMap(GenerationManifest::read);
        Optional<GenerationUpdate> update = Optional.empty();
        if (previous.isPresent()) {
            try {
                GenerationUpdate u = new GenerationUpdate(before.get(), previous.get(), now, built, shapes);
                if (u.worthIt(tdbBytes(before.get()))) update = Optional.of(u);
            } catch (IOException | org.apache.jena.riot.RiotException e) {
                // The previous dumps are missing or damaged: they cannot say what changed, so write the whole.
            }
        }
        if (update.isPresent()) {
            GenerationUpdate u = update.get();
            fill(before, gen, () -> {
                copyGeneration(before.get(), gen);
                Dataset ds = storageOf(gen);
                u.apply(ds.asDatasetGraph(), gen.resolve(TEXT_DIR));
                withTextIndex(gen, ds);
                DumpWriter.Written dumps = DumpWriter.create().write(built, gen.resolve(DUMPS_DIR),
                        Optional.of(u.reuse(before.get().resolve(DUMPS_DIR))));
                new GenerationManifest(previous.get().loadedBytes(), entries(now, dumps)).write(gen);
            });
            return u.publication();
        }
        Validation v = shapes.validate(built);
        if (!v.conforms()) throw PlenaryException.nonConforming(v);
        fill(before, gen, () -> {
            // the loader's own thread reads the built dataset: in a read transaction of its own
            loadWhole(gen, out -> Txn.executeRead(built, () -> built.find().forEachRemaining(out::quad)));
            DumpWriter.Written dumps = DumpWriter.create().write(built, gen.resolve(DUMPS_DIR), Optional.empty());
            new GenerationManifest(tdbBytes(gen), entries(now, dumps)).write(gen);
        });
        long quads = now.values().stream().mapToLong(GraphFingerprints.Fingerprint::quads).sum();
        return new Publication(true, now.size(), now.size(), 0, quads);
    }

    /**
     * Writes a new generation's quads with the bulk loader, then the text index of exactly these quads; returns the
     * dataset reopened with that index.
     */
    private static Dataset loadWhole(Path gen, Consumer<StreamRDF> writer) {
        Dataset ds = storageOf(gen);
        bulkLoad(ds.asDatasetGraph(), writer);
        SearchIndex.build(ds.asDatasetGraph(), gen.resolve(TEXT_DIR));
        return withTextIndex(gen, ds);
    }

    /** A new generation's TDB2 dataset, opened once for this JVM. */
    private static Dataset storageOf(Path gen) {
        return OPEN.computeIfAbsent(realPath(gen.resolve(TDB2_DIR)), PlenaryDatabase::connect);
    }

    /** The generation's dataset with its text index (complete by now), kept as this JVM's dataset of the generation. */
    private static Dataset withTextIndex(Path gen, Dataset ds) {
        Dataset indexed = SearchIndex.open(ds, gen.resolve(TEXT_DIR));
        OPEN.put(realPath(gen.resolve(TDB2_DIR)), indexed);
        return indexed;
    }

    private static Map<String, GenerationManifest.Entry> entries(Map<String, GraphFingerprints.Fingerprint> fps, DumpWriter.Written dumps) {
        Map<String, GenerationManifest.Entry> out = new java.util.TreeMap<>();
        fps.forEach((g, fp) -> out.put(g, new GenerationManifest.Entry(fp, dumps.segments().get(g))));
        return out;
    }

    /** What goes into a new generation directory; may throw anything, in which case the generation is removed. */
    private interface Filling { void run() throws IOException; }

    private interface Locked<T> { T run(Optional<Path> before, Path newGeneration) throws IOException; }

    /**
     * Runs {@code body} holding this database's replace lock (in this JVM and between processes), after deleting
     * older generations no process uses, including ones left half-written by a killed build.
     */
    private <T> T underLock(Locked<T> body) {
        synchronized (REPLACING.computeIfAbsent(dir, d -> new Object())) {
            try {
                Files.createDirectories(dir);
                try (FileChannel ch = FileChannel.open(dir.resolve(REPLACE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = tryLock(ch)) {
                    Optional<Path> before = currentGeneration();
                    // Numbered before leftovers are deleted: numbers only grow, so a generation path never names two
                    // different datasets, not even a killed build's.
                    Path gen = dir.resolve("gen-" + (maxGeneration() + 1));
                    deleteUnused(before.map(b -> keptWith(b)).orElse(List.of()));
                    return body.run(before, gen);
                }
            } catch (IOException e) {
                throw writeFailure(dir, e).orElseGet(() -> new PlenaryException("Replacing database " + dir + ": " + e.getMessage(), e));
            }
        }
    }

    /**
     * A new generation that could not be written for want of space or because of an I/O error, as one line naming the
     * path, what failed and the space left, and saying that the published generation is unchanged (the generation
     * has been removed by then). Empty when {@code e} is no such failure (a writer's own exception, a SHACL report).
     */
    private Optional<PlenaryException> writeFailure(Path where, Throwable e) {
        String reason = null;
        for (Throwable t = e; t != null && reason == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException fse) {
                // a copy names its source first and the file it was writing second
                String file = fse.getOtherFile() != null ? fse.getOtherFile() : fse.getFile();
                reason = (file == null ? "" : file + ": ") + (fse.getReason() == null ? fse.getClass().getSimpleName() : fse.getReason());
            }
            else if (t instanceof IOException io)
                reason = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
            else if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access"))
                // SIGBUS on a memory-mapped TDB2 file: the page could not be allocated on the device
                reason = "a write to a memory-mapped TDB2 file failed (no space left on the device?)";
            else if (t instanceof BulkLoad.Failure f && !(f.getCause() instanceof InternalError) && !(f.getCause() instanceof IOException))
                reason = f.getMessage();
        }
        if (reason == null) {
            // a load that failed for another reason (a loader thread's own bug): still one line, not a stack trace
            for (Throwable t = e; t != null && reason == null; t = t.getCause() == t ? null : t.getCause())
                if (t instanceof BulkLoad.Failure f) reason = f.getMessage();
            if (reason == null) return Optional.empty();
        }
        String free;
        try {
            free = String.format(java.util.Locale.ROOT, "%,d KB free on its file system", Files.getFileStore(dir).getUsableSpace() / 1024);
        } catch (IOException | RuntimeException ignored) {
            free = "free space unknown";
        }
        String published = currentLink().map(g -> "the published generation (" + g + ") is unchanged").orElse("nothing was published");
        return Optional.of(new PlenaryException("cannot write " + where + ": " + reason.replace('\n', ' ') + " (" + free + "); " + published, e));
    }

    /** Fills a new generation and publishes it; if filling fails, the generation is removed and nothing changes. */
    private void fill(Optional<Path> before, Path gen, Filling filling) throws IOException {
        try {
            Files.createDirectories(gen.resolve(TDB2_DIR));
            filling.run();
            // Last: a generation with its sums is complete, and serve can tell later whether it still is.
            GenerationCheck.writeSums(gen);
        } catch (RuntimeException | Error | IOException e) {
            Optional<PlenaryException> unwritable = writeFailure(gen, e); // before the space is freed
            release(gen);
            try {
                deleteTree(gen);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed); // The next replace removes it.
            }
            if (unwritable.isPresent()) throw unwritable.get();
            throw e;
        }
        swapCurrent(gen);
        List<Path> keep = new ArrayList<>(List.of(gen));
        before.ifPresent(keep::add);
        releaseIdle(keep);
        deleteUnused(keep);
    }

    /**
     * Copies a published generation's TDB2 files and text index into a new one, leaving out TDB2's lock files (which
     * name the process that has the old one open). A published generation is never written again, so its files are
     * complete and consistent while they are copied, even with a server reading them.
     */
    private static void copyGeneration(Path from, Path to) throws IOException {
        for (String part : List.of(TDB2_DIR, TEXT_DIR)) {
            Path src = from.resolve(part), dst = to.resolve(part);
            Files.walkFileTree(src, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(dst.resolve(src.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }
                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.getFileName().toString().equals(TDB_LOCK))
                        copySparse(file, dst.resolve(src.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /** The size of a generation's TDB2 files. */
    private static long tdbBytes(Path generation) {
        long[] total = {0};
        try {
            Files.walkFileTree(generation.resolve(TDB2_DIR), new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: write the next generation whole
        }
        return total[0];
    }

    private FileLock tryLock(FileChannel ch) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null)
            throw new PlenaryException("Database " + dir + " is being replaced by another build; try again when it has finished");
        return lock;
    }

    /**
     * Writes the quads {@code writer} sends into an empty TDB2 dataset with TDB2's phased bulk loader (the one
     * {@code tdb2.tdbloader} uses: primary indexes while parsing, then the others), in one exclusive write that
     * commits at the end. Only for a dataset no one else uses yet, as a generation is until the swap. If
     * {@code writer} throws, the loader is stopped and the exception propagates (the caller deletes the dataset).
     */
    public static void bulkLoad(DatasetGraph tdb, Consumer<StreamRDF> writer) {
        DataLoader loader = LoaderFactory.phasedLoader(tdb, QUIET);
        // Values in the lexical form the store gives back, as the dumps write them: an update that deletes a quad
        // read from a dump then finds it (TDB2 keeps "1.000" and "1.0"^^xsd:decimal as different values).
        new BulkLoad(loader, BulkLoad.STALL).run(stream -> writer.accept(new org.apache.jena.riot.system.StreamRDFWrapper(stream) {
            @Override public void quad(org.apache.jena.sparql.core.Quad q) { super.quad(DumpWriter.stored(q)); }
            @Override public void triple(org.apache.jena.graph.Triple t) {
                super.triple(DumpWriter.stored(org.apache.jena.sparql.core.Quad.create(org.apache.jena.sparql.core.Quad.defaultGraphIRI, t)).asTriple());
            }
        }));
        requireEveryIndex(tdb);
    }

    /**
     * A loader thread that meets an I/O error logs it, aborts its own index and leaves, and the load may still end
     * normally: an index left empty beside full ones is that, and fails the load.
     */
    private static void requireEveryIndex(DatasetGraph tdb) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        Txn.executeRead(tdb, () -> {
            for (TupleIndex[] indexes : List.of(storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                    storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes())) {
                long empty = java.util.Arrays.stream(indexes).filter(TupleIndex::isEmpty).count();
                if (empty > 0 && empty < indexes.length)
                    throw new BulkLoad.Failure("the bulk load left " + empty + " of " + indexes.length + " indexes empty (a loader thread failed)", null);
            }
        });
    }

    /** The bulk loader's progress messages are not wanted: a build reports its own progress. */
    private static final MonitorOutput QUIET = (fmt, args) -> {};

    /**
     * Closes this JVM's datasets of older generations that no transaction is using. A server on this JVM
     * notices the new generation on its next request; one still busy is closed and deleted by a later replace.
     */
    private void releaseIdle(List<Path> keep) throws IOException {
        // The previous generation stays open too: a server of this JVM falls back to it if the new one is refused.
        List<Path> kept = keep.stream().map(PlenaryDatabase::realPath).toList();
        for (Path g : generations()) {
            Path real = realPath(g);
            if (kept.contains(real)) continue;
            Dataset ds = OPEN.get(realPath(real.resolve(TDB2_DIR)));
            if (ds != null && TDBInternal.getTransactionCoordinator(storage(ds)).countActive() == 0)
                release(real);
        }
    }

    /** Points {@code current} at {@code gen} with one rename, so readers see the old or the new link, never none. */
    private void swapCurrent(Path gen) throws IOException {
        Path tmp = dir.resolve(CURRENT_TMP);
        Files.deleteIfExists(tmp);
        // Relative target: the database directory can be moved or mounted elsewhere.
        Files.createSymbolicLink(tmp, gen.getFileName());
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private int maxGeneration() throws IOException {
        int max = 0;
        for (Path g : generations()) {
            Matcher m = GENERATION.matcher(g.getFileName().toString());
            if (m.matches()) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private List<Path> generations() throws IOException {
        List<Path> gens = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries)
                if (GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    gens.add(p);
        }
        return gens;
    }

    /** Deletes generations other than {@code keep} that no process has open. */
    private void deleteUnused(List<Path> keep) throws IOException {
        List<Path> kept = keep.stream().map(PlenaryDatabase::realPath).toList();
        for (Path g : generations()) {
            Path real = realPath(g);
            if (kept.contains(real) || inUse(real)) continue;
            try {
                deleteTree(real);
            } catch (IOException e) {
                // Not fatal: a later replace tries again.
            }
        }
    }

    /**
     * The generations a build keeps while it writes the next one: the published one and the one serve falls back to
     * if the published one is found damaged (the newest older complete one).
     */
    private List<Path> keptWith(Path published) {
        List<Path> keep = new ArrayList<>(List.of(published));
        olderComplete(published).stream().findFirst().ifPresent(keep::add);
        return keep;
    }

    /** Complete generations (with their sums) older than {@code gen}, newest first. */
    private List<Path> olderComplete(Path gen) {
        int n = number(gen);
        List<Path> out = new ArrayList<>();
        try {
            for (Path g : generations())
                if (number(g) < n && GenerationCheck.hasSums(g)) out.add(g);
        } catch (IOException e) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparingInt(PlenaryDatabase::number).reversed());
        return out;
    }

    private static int number(Path gen) {
        Matcher m = GENERATION.matcher(gen.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Copies a file leaving holes where it has blocks of zeros: TDB2 allocates its files in sparse 8 MB steps, and a
     * plain copy would write every zero (about 200 MB for the seeds instead of 2).
     */
    private static void copySparse(Path from, Path to) throws IOException {
        byte[] zeros = new byte[1 << 16];
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(zeros.length);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long pos = 0, size = in.size();
            while (pos < size) {
                buf.clear();
                int r = in.read(buf, pos);
                if (r <= 0) break;
                if (java.util.Arrays.mismatch(buf.array(), 0, r, zeros, 0, r) >= 0) {
                    buf.flip();
                    for (long at = pos; buf.hasRemaining(); ) at += out.write(buf, at);
                }
                pos += r;
            }
            // a file ending in zeros: its last byte written makes the size right and the rest a hole
            if (out.size() < size) out.write(java.nio.ByteBuffer.wrap(new byte[1]), size - 1);
        }
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    /** Whether some process (this one included) has the generation's dataset open. */
    static boolean inUse(Path generation) {
        Path tdb = realPath(generation.resolve(TDB2_DIR));
        if (OPEN.containsKey(tdb)) return true;
        long owner = lockOwner(tdb);
        return owner > 0 && owner != ProcessHandle.current().pid() && isAlive(owner);
    }

    private static long lockOwner(Path tdb) {
        Path lock = tdb.resolve(TDB_LOCK);
        try {
            return Files.exists(lock) ? Long.parseLong(Files.readString(lock).trim()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }
            @Override public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override public String toString() { return "PlenaryDatabase[" + dir + "]"; }
}
