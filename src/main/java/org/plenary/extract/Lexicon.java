package org.plenary.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.ingest.DataFiles;

/** The word lists extraction rules use, each a resource file with its source in its header. */
public final class Lexicon {
    public final Set<String> speechVerbs = set("speech-verbs.txt", true);
    public final Set<String> spokesNouns = set("spokes-nouns.txt", true);
    /** Verbs of communication whose object alone is not what was said ("said a few words", "observed a silence"). */
    public final Set<String> clauseOnlySpeechVerbs = set("clause-only-speech-verbs.txt", true);
    /** Verbs of saying whose clause often comes without "that" ("says the plan is ready"). */
    public final Set<String> bareClauseSpeechVerbs = set("bare-clause-speech-verbs.txt", true);
    /** Nouns that may refer back to any organization ("the group said"). */
    public final Set<String> genericOrganizationNouns = set("generic-organization-nouns.txt", true);
    /** Nouns for a party's member, capitalized by convention ("the Wisconsin Republican said"). */
    public final Set<String> partyMemberNouns = set("party-member-nouns.txt", true);
    /** Nouns of communication whose agent and clause are a statement ("an announcement by X that ..."). */
    public final Set<String> speechNouns = set("speech-nouns.txt", true);
    /** Verbs that mark a speaker only beside a quotation ("...," he continued). */
    public final Set<String> quotationVerbs = set("quotation-verbs.txt", true);
    public final Set<String> roleNouns = set("role-nouns.txt", true);
    /** Nouns by which prose refers again to a person it has named ("the businessman"), besides the role nouns. */
    public final Set<String> personEpithets = set("person-epithets.txt", true);
    public final Set<String> meetingNouns = set("meeting-nouns.txt", true);
    public final Set<String> organizationHeads = set("organization-heads.txt", false);
    public final Map<String, String> placeAliases = map("place-aliases.txt");
    public final Set<String> documentHeads = set("document-heads.txt", false);
    public final Set<String> titleModifiers = set("title-modifiers.txt", false);
    public final Set<String> titleAbbreviations = set("title-abbreviations.txt", false);
    public final Set<String> facilityHeads = set("facility-heads.txt", false);
    public final Set<String> addressTitles = set("address-titles.txt", false);
    public final Set<String> presidingTitles = set("presiding-titles.txt", false);
    public final Set<String> titleNonModifiers = set("title-non-modifiers.txt", false);
    public final Set<String> portfolioTitles = set("portfolio-titles.txt", true);
    public final Set<String> activityHeads = set("activity-heads.txt", false);
    public final Set<String> institutionNames = set("institution-names.txt", false);
    /** Forms of address before a name and letters after it: kept out of persons' names. */
    public final Set<String> honorifics = set("honorifics.txt", false);
    public final Set<String> postNominals = set("post-nominals.txt", false);
    /** Words of the honorifics that open a style but alone address no one ("The", "Right"). */
    public final Set<String> styleOpeners = set("style-openers.txt", false);
    /** "Jr.", "III": suffixes after a name, no name alone. */
    public final Set<String> generationalSuffixes = set("generational-suffixes.txt", false);
    /** Lower-case words a name runs on across ("of", "the", "&", "von"), and those of them that join two names. */
    public final Set<String> nameConnectors = set("name-connectors.txt", false);
    public final Set<String> nameConjunctions = set("name-conjunctions.txt", false);
    /** Prepositions after a meeting noun inside a name that make it an event ("Summit on ..."). */
    public final Set<String> eventPrepositions = set("event-prepositions.txt", false);
    /** Last words of names of events ("... Hearing", "... Summit") and of rooms and buildings ("... Chambers"). */
    public final Set<String> eventHeads = set("event-heads.txt", false);
    /** Last words of a meeting venue's name (MeetingFinder); wider than facilityHeads ("Foreign Office" is a body). */
    public final Set<String> venueHeads = set("venue-heads.txt", false);
    /** Prepositions that continue an organization's name after its head ("Committee on ...", "Parliament of ..."). */
    public final Set<String> namePrepositions = set("name-prepositions.txt", false);
    /** Phrases that introduce who attended a meeting ("Present:", "Also present were") or who did not ("Absent:"). */
    public final Map<String, String> attendanceCues = map("attendance-cues.txt");
    /** Words after a listed name that mark the meeting's chair ("(Chair)", ", Chairman,"). */
    public final Set<String> chairTitles = set("chair-titles.txt", false);
    /** Words for a government named by its country ("Scottish Government", "Northern Ireland Executive"). */
    public final Set<String> governmentWords = set("government-words.txt", false);
    /** Heads of units named after the title of the official who heads them ("Office" of the Inspector General). */
    public final Set<String> titledUnitHeads = set("titled-unit-heads.txt", false);
    /** Heads of names of a state's organs ("Ministry", "Parliament"), which a nationality adjective only attributes. */
    public final Set<String> nationalOrganHeads = set("national-organ-heads.txt", false);
    /** Kinds of meeting written before a body's name in minutes titles ("regular", "special"), lower case. */
    public final Set<String> meetingModifiers = set("meeting-modifiers.txt", true);
    /** Records a body keeps ("Minutes", "Agenda"), written after the body's name. */
    public final Set<String> recordNouns = set("record-nouns.txt", false);
    /** Given names and their short forms, both ways ("joseph" -> "joe", "joe" -> "joseph"), lower case. */
    public final Map<String, Set<String>> givenNameForms = forms("given-name-hypocorisms.tsv");

    private static final Lexicon INSTANCE = new Lexicon();

    /**
     * First names, lower case: the list CoreNLP's coreference uses for a name's gender (models jar,
     * edu/stanford/nlp/models/dcoref/namegender.combine.txt, from U.S. census first-name lists), read on first use.
     */
    public Set<String> givenNames() { return GivenNames.ALL; }

    /**
     * The gender that same list gives a first name ("kathy" -> "FEMALE", "dennis" -> "MALE"; empty when unknown or
     * given both ways): what "Mrs Meehan" or "she said" agrees with.
     */
    public Optional<String> genderOf(String givenName) {
        return Optional.ofNullable(GivenNames.GENDER.get(givenName.toLowerCase(Locale.ROOT)));
    }

    /** Loaded by the JVM when first asked for (the lazy-holder idiom): most runs that never ask never read it. */
    private static final class GivenNames {
        static final Set<String> ALL = load();
        static final Map<String, String> GENDER = genders();

        private static Map<String, String> genders() {
            Map<String, String> out = new HashMap<>();
            Set<String> both = new HashSet<>();
            try (var in = Lexicon.class.getClassLoader().getResourceAsStream("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
                if (in == null) throw new IllegalStateException("CoreNLP models jar without namegender.combine.txt");
                for (String l : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String[] kv = l.trim().split("\t");
                    if (kv.length != 2) continue;
                    String name = kv[0].trim().toLowerCase(Locale.ROOT), g = kv[1].trim().toUpperCase(Locale.ROOT);
                    if (!g.equals("MALE") && !g.equals("FEMALE")) continue;
                    String before = out.put(name, g);
                    if (before != null && !before.equals(g)) both.add(name);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            both.forEach(out::remove);
            return Map.copyOf(out);
        }

        private static Set<String> load() {
            Set<String> names = new HashSet<>();
            try (var in = Lexicon.class.getClassLoader().getResourceAsStream("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
                if (in == null) throw new IllegalStateException("CoreNLP models jar without namegender.combine.txt");
                for (String l : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    int tab = l.indexOf('\t');
                    if (tab > 0) names.add(l.substring(0, tab).trim().toLowerCase(Locale.ROOT));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }
    }

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

    /** formal -> short forms and short -> formal names, both ways, from "formal<TAB>short" lines. */
    private static Map<String, Set<String>> forms(String name) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String l : lines(name)) {
            String[] kv = l.split("\t");
            if (kv.length != 2) continue;
            m.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1]);
            m.computeIfAbsent(kv[1], k -> new HashSet<>()).add(kv[0]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    static List<String> lines(String name) { return DataFiles.lines(Lexicon.class, name); }
}
