package org.plenary.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a published generation holds, graph by graph ({@code gen-<n>/manifest.tsv}): each named graph's
 * {@link GraphFingerprints.Fingerprint} and where its part of each dump file lies, plus the size of the TDB2 files
 * when the generation's dataset was last written whole. The next build compares its graphs' fingerprints with these
 * and writes only the graphs that changed. A generation without a manifest (published by an older version, or by
 * {@link PlenaryDatabase#replace}) is simply written whole next time.
 *
 * @param loadedBytes the TDB2 size right after the last whole load: updates grow the files (TDB2 appends), and a
 *                    build writes a fresh whole generation once they have doubled
 */
record GenerationManifest(long loadedBytes, Map<String, Entry> graphs) {
    static final String FILE = "manifest.tsv";
    /** The first line; a manifest of another format is ignored (the build then writes the generation whole). */
    // 2: dump literals in the store's canonical form (segments written before are not reused).
    // 3: the dumps' schema: prefix is http://schema.org/, as the ontology's IRIs are (Prefixes).
    static final String HEADER = "# plenary generation manifest 3";

    /** One graph: its fingerprint and its segments of the dump files, in {@link DumpWriter#FILES} order. */
    public record Entry(GraphFingerprints.Fingerprint fingerprint, DumpWriter.Segments segments) {}

    public GenerationManifest {
        graphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    /** The manifest of a generation directory, if it has one of this format. */
    static Optional<GenerationManifest> read(Path generation) {
        Path file = generation.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // missing or unreadable: write the next generation whole
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("loadedBytes\t")) return Optional.empty();
        try {
            long loaded = Long.parseLong(lines.get(1).substring("loadedBytes\t".length()));
            Map<String, Entry> graphs = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t");
                int n = DumpWriter.FILES.size();
                if (f.length != 3 + 2 * n) return Optional.empty();
                long[] offsets = new long[n], lengths = new long[n];
                for (int i = 0; i < n; i++) {
                    offsets[i] = Long.parseLong(f[3 + 2 * i]);
                    lengths[i] = Long.parseLong(f[4 + 2 * i]);
                }
                graphs.put(f[0], new Entry(new GraphFingerprints.Fingerprint(Long.parseLong(f[1]), f[2]),
                        new DumpWriter.Segments(offsets, lengths)));
            }
            return Optional.of(new GenerationManifest(loaded, graphs));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code gen-<n>/manifest.tsv}, complete or not at all. */
    void write(Path generation) throws IOException {
        Path part = generation.resolve(FILE + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            w.write("loadedBytes\t" + loadedBytes + "\n");
            for (Map.Entry<String, Entry> e : graphs.entrySet()) {
                GraphFingerprints.Fingerprint fp = e.getValue().fingerprint();
                StringBuilder line = new StringBuilder(e.getKey()).append('\t').append(fp.quads()).append('\t').append(fp.hash());
                DumpWriter.Segments s = e.getValue().segments();
                for (int i = 0; i < s.offsets().length; i++) line.append('\t').append(s.offsets()[i]).append('\t').append(s.lengths()[i]);
                w.write(line.append('\n').toString());
            }
        }
        Files.move(part, generation.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
