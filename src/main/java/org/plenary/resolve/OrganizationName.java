package org.plenary.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.resolve.OrganizationTokens.Kind;
import org.plenary.resolve.OrganizationTokens.Token;
import org.plenary.text.Folding;

/**
 * An organization name ready for comparison: its folded key (without a leading "the"), its canonical tokens,
 * and whether it is written as an acronym ("OHCHR", "U.N.").
 */
record OrganizationName(String key, List<Token> tokens, boolean acronym) {
    private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern ACRONYM_SHAPE = Pattern.compile("[A-Z][A-Za-z0-9&]{1,11}");

    OrganizationName {
        tokens = List.copyOf(tokens);
    }

    /** The name, and when it ends with a parenthesis ("Committee ... (HRNK)"), the name before it and the parenthesis alone. */
    static List<OrganizationName> forms(String raw, OrganizationTokens table) {
        List<OrganizationName> out = new ArrayList<>();
        Matcher m = PARENTHESIS.matcher(raw.strip());
        if (m.matches() && !m.group(1).isBlank()) {
            out.add(parse(m.group(1), table));
            out.add(parse(m.group(2), table));
        } else {
            out.add(parse(raw, table));
        }
        return out;
    }

    static OrganizationName parse(String raw, OrganizationTokens table) {
        String plain = Folding.joinDottedAcronyms(Folding.letters(raw.strip()));
        if (plain.regionMatches(true, 0, "the ", 0, 4)) plain = plain.substring(4).strip();
        boolean acronym = ACRONYM_SHAPE.matcher(plain).matches() && upperCount(plain) >= 2
                && upperCount(plain) * 2 > plain.length();
        String key = Folding.name(plain.replace("&", " and ")).replace('-', ' ');
        List<String> words = key.isEmpty() ? List.of() : List.of(key.split(" "));
        return new OrganizationName(key, table.canonical(words), acronym);
    }

    private static int upperCount(String s) {
        return (int) s.chars().filter(Character::isUpperCase).count();
    }

    /** Canonical token texts, stop words included. */
    List<String> canonicalWords() {
        return tokens.stream().map(Token::text).toList();
    }

    /** Canonical tokens without stop words and without a leading qualifier ("UN", "US"). */
    List<String> withoutQualifier() {
        if (tokens.size() < 2 || tokens.get(0).kind() != Kind.QUALIFIER) return canonicalWords();
        return tokens.subList(1, tokens.size()).stream().map(Token::text).toList();
    }

    /**
     * Acronyms of a name of two or more tokens: first letters of its words with stop words (of, the, for, and,
     * on, in) skipped, acronym tokens ("UN") contributing all their letters; and the same with stop words kept.
     */
    Set<String> acronyms() {
        Set<String> out = new LinkedHashSet<>();
        if (tokens.size() < 2) return out;
        StringBuilder skip = new StringBuilder(), all = new StringBuilder();
        for (Token t : tokens) {
            String letters = t.kind() == Kind.ACRONYM || t.kind() == Kind.QUALIFIER ? t.text() : t.text().substring(0, 1);
            all.append(letters);
            if (t.kind() != Kind.STOP) skip.append(letters);
        }
        out.add(skip.toString());
        out.add(all.toString());
        return out;
    }
}
