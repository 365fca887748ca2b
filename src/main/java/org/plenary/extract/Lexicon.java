package org.plenary.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.ingest.DataFiles;

/** The word lists extraction rules use, each a resource file with its source in its header. */
public final class Lexicon {
    public final Set<String> speechVerbs = set("speech-verbs.txt", true);
    public final Set<String> roleNouns = set("role-nouns.txt", true);
    public final Set<String> meetingNouns = set("meeting-nouns.txt", true);
    public final Set<String> organizationHeads = set("organization-heads.txt", false);
    public final Map<String, String> placeAliases = map("place-aliases.txt");
    public final Set<String> documentHeads = set("document-heads.txt", false);

    private static final Lexicon INSTANCE = new Lexicon();

    public static Lexicon standard() { return INSTANCE; }

    private Lexicon() {}

    private static Set<String> set(String name, boolean lower) {
        Set<String> s = new HashSet<>();
        for (String l : lines(name)) s.add(lower ? l.toLowerCase(Locale.ROOT) : l);
        return Set.copyOf(s);
    }

    private static Map<String, String> map(String name) {
        Map<String, String> m = new HashMap<>();
        for (String l : lines(name)) {
            String[] kv = l.split("\t");
            if (kv.length == 2) m.put(kv[0], kv[1]);
        }
        return Map.copyOf(m);
    }

    static List<String> lines(String name) { return DataFiles.lines(Lexicon.class, name); }
}
