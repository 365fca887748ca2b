package org.plenary.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks each turn of a transcript. A label that names its speaker, or a role an earlier label or the text gives
 * a person, resolves as {@link SpeakerResolver#byLabel} says. A role label the text gives no holder
 * ("TREASURER:" in an interview) is the person the questioner addresses right before its turn: interviewers call
 * the one they ask by name ("Mr Hockey, what gives you confidence ...?", "Thank you, Minister Ruiz."), and the answer
 * that follows is that person's.
 */
final class TurnSpeakers {
    /** A name opening a sentence and set off by a comma: "Mr Ruiz, what ...". */
    private static final Pattern OPENING_ADDRESS = Pattern.compile(
            "(?:^|(?<=[.?!]\\s))((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+),\\s");
    /** A name closing a sentence after a comma: "Thank you, Mr Ruiz." */
    private static final Pattern CLOSING_ADDRESS = Pattern.compile(
            ",\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*[.?!]");
    /** The words of address that show a sentence speaks to someone. */
    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|yours|yourself)\\b");

    private TurnSpeakers() {}

    /** The speaker of each label of the turns (empty where none is found), labels in text order. */
    static Map<TextRef, Optional<String>> resolve(ParsedText pt, SpeakerResolver speakers, List<TranscriptTurns.Turn> all) {
        // unlabelled paragraphs are the principal speaker's (StatementDocuments); labels alone are resolved here
        List<TranscriptTurns.Turn> turns = all.stream().filter(t -> t.label() != null).toList();
        Map<String, String> roleHolders = new HashMap<>();
        Map<TextRef, Optional<String>> byLabel = new LinkedHashMap<>();
        for (TranscriptTurns.Turn t : turns)
            byLabel.computeIfAbsent(t.label(), l -> speakers.byLabel(l, roleHolders)
                    .filter(k -> speakers.kindOf(k) != EntityKind.PLACE));
        // labels by their words: "TREASURER" stands at many places and is one speaker
        Map<String, Optional<String>> byWords = new HashMap<>();
        String text = pt.text();
        for (int i = 1; i < turns.size(); i++) {
            TranscriptTurns.Turn t = turns.get(i);
            String words = t.label().of(text).toLowerCase(java.util.Locale.ROOT);
            if (byLabel.get(t.label()).isPresent() || byWords.containsKey(words)) continue;
            // the paragraph of the other speaker's turn right before this turn
            TranscriptTurns.Turn before = turns.get(i - 1);
            if (before.label().equals(t.label()) || before.label().of(text).equalsIgnoreCase(t.label().of(text))) continue;
            Optional<String> addressed = addressee(pt, speakers, before.text());
            if (addressed.isPresent() && !addressed.equals(byLabel.get(before.label()))) byWords.put(words, addressed);
        }
        Map<TextRef, Optional<String>> out = new LinkedHashMap<>();
        for (Map.Entry<TextRef, Optional<String>> e : byLabel.entrySet()) {
            Optional<String> k = e.getValue();
            if (k.isEmpty()) k = byWords.getOrDefault(e.getKey().of(text).toLowerCase(java.util.Locale.ROOT), Optional.empty());
            out.put(e.getKey(), k);
        }
        return out;
    }

    /** The person a paragraph addresses by name, in a sentence spoken to someone ("you"), or empty. */
    static Optional<String> addressee(ParsedText pt, SpeakerResolver speakers, TextRef paragraph) {
        String p = paragraph.of(pt.text());
        List<Optional<String>> found = new ArrayList<>();
        for (Pattern shape : List.of(OPENING_ADDRESS, CLOSING_ADDRESS)) {
            Matcher m = shape.matcher(p);
            while (m.find()) {
                if (!SECOND_PERSON.matcher(sentenceAround(p, m.start(1))).find()) continue;
                Optional<String> k = speakers.entityCovering(paragraph.start() + m.end(1) - 1)
                        .filter(x -> speakers.kindOf(x) == EntityKind.PERSON);
                if (k.isPresent()) found.add(k);
            }
        }
        return found.isEmpty() ? Optional.empty() : found.get(0);
    }

    /** Whether a span is a name set off as an address in its paragraph ("Mr Ruiz, thank you ..."): no speaker. */
    static boolean isAddress(String text, TextRef name) {
        int para = text.lastIndexOf('\n', name.start() - 1) + 1;
        int end = text.indexOf('\n', name.end());
        String p = text.substring(para, end < 0 ? text.length() : end);
        int at = name.start() - para;
        Matcher m = OPENING_ADDRESS.matcher(p);
        while (m.find())
            if (m.start(1) <= at && at < m.end(1) && SECOND_PERSON.matcher(sentenceAround(p, at)).find()) return true;
        return false;
    }

    private static String sentenceAround(String p, int at) {
        int s = at, e = at;
        while (s > 0 && ".?!".indexOf(p.charAt(s - 1)) < 0) s--;
        while (e < p.length() && ".?!".indexOf(p.charAt(e)) < 0) e++;
        return p.substring(s, Math.min(p.length(), e + 1));
    }
}
