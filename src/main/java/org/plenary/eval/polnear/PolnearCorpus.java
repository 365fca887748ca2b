package org.plenary.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.plenary.extract.TextRef;

/**
 * Reads one split of a local PolNeAR copy: {@code <split>/text/<id>.txt} and
 * {@code <split>/attributions/<id>_<annotator>.ann} in brat standoff form
 * ({@code T<n> Source|Cue|Content <start> <end>[;<start> <end>...]} and
 * {@code E<n> Attribution[-no-source]:T.. Source:T.. Cue:T.. Content:T..}). Offsets in the files count code
 * points (PolNeAR was made in Python); they are turned into UTF-16 char offsets here. An article annotated by
 * several annotators (the agreement study) is scored against the first annotation in file-name order.
 */
public final class PolnearCorpus {
    public static final List<String> SPLITS = List.of("train", "dev", "test");

    private PolnearCorpus() {}

    /**
     * The split's directory under {@code data}: {@code data/<split>} or, given the repository root,
     * {@code data/data/<split>}.
     *
     * @throws PolnearException when neither holds {@code text/} and {@code attributions/}
     */
    public static Path splitDir(Path data, String split) {
        if (!SPLITS.contains(split)) throw new PolnearException("--split: expected one of " + SPLITS + ", got '" + split + "'");
        for (Path d : List.of(data.resolve(split), data.resolve("data").resolve(split))) {
            if (Files.isDirectory(d.resolve("text")) && Files.isDirectory(d.resolve("attributions"))) return d;
        }
        throw new PolnearException(data + ": no PolNeAR split '" + split + "' here (expected " + data.resolve(split)
                + "/text and /attributions; fetch github.com/networkdynamics/PolNeAR and pass its data directory)");
    }

    /** The articles of a split in file-name order, at most {@code limit} of them. */
    public static List<PolnearArticle> read(Path splitDir, int limit) {
        Map<String, Path> annotation = new HashMap<>();
        try (Stream<Path> files = Files.list(splitDir.resolve("attributions"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                String id = n.substring(0, n.lastIndexOf('_'));
                annotation.putIfAbsent(id, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PolnearArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(splitDir.resolve("text"))) {
            for (Path t : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                if (out.size() >= limit) break;
                String n = t.getFileName().toString();
                String id = n.substring(0, n.length() - 4);
                Path ann = annotation.get(id);
                if (ann == null) continue;
                String text = Files.readString(t, StandardCharsets.UTF_8);
                out.add(new PolnearArticle(id, text, parse(ann, text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The attribution relations of one brat file over its text. */
    static List<Attribution> parse(Path ann, String text) throws IOException {
        Map<String, List<TextRef>> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            if (f[0].startsWith("T")) {
                int sp = f[1].indexOf(' ');
                if (sp < 0) continue;
                List<TextRef> refs = new ArrayList<>();
                for (String part : f[1].substring(sp + 1).split(";")) {
                    String[] se = part.trim().split(" ");
                    try {
                        int s = Integer.parseInt(se[0]), e = Integer.parseInt(se[1]);
                        refs.add(new TextRef(charOffset(text, s), charOffset(text, e)));
                    } catch (RuntimeException x) {
                        throw new PolnearException(ann + ":" + lineNo + ": bad span '" + part + "'");
                    }
                }
                spans.put(f[0], refs);
            } else if (f[0].startsWith("E")) {
                relations.add(f[1].trim().split("\\s+"));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] r : relations) {
            List<TextRef> source = new ArrayList<>(), cue = new ArrayList<>(), content = new ArrayList<>();
            for (String arg : r) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                List<TextRef> refs = spans.getOrDefault(arg.substring(colon + 1), List.of());
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                switch (role) {
                    case "Source" -> source.addAll(refs);
                    case "Cue" -> cue.addAll(refs);
                    case "Content" -> content.addAll(refs);
                    default -> { }
                }
            }
            if (!content.isEmpty()) out.add(new Attribution(source, cue, content));
        }
        return out;
    }

    private static int charOffset(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, cps));
    }
}
