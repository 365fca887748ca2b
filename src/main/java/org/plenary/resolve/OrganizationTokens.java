package org.plenary.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Equivalent forms of words in organization names ({@code organization-tokens.tsv}): "U.N." / "UN" /
 * "United Nations" are one token, "Dept." is "department", and which tokens are stop words for acronyms.
 */
final class OrganizationTokens {
    static final String RESOURCE = "organization-tokens.tsv";

    enum Kind { WORD, ACRONYM, QUALIFIER, STOP }

    /** A canonical token and its kind. */
    record Token(String text, Kind kind) {}

    private final Map<List<String>, Token> forms;
    private final int longest;

    private OrganizationTokens(Map<List<String>, Token> forms, int longest) {
        this.forms = forms;
        this.longest = longest;
    }

    static OrganizationTokens load() {
        Map<List<String>, Token> forms = new HashMap<>();
        int longest = 1;
        for (String line : DataTable.lines(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) throw new IllegalStateException(RESOURCE + ": bad line: " + line);
            Token token = new Token(cols[0], Kind.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)));
            for (String form : cols[2].split("\\|")) {
                List<String> words = List.of(form.trim().split("\\s+"));
                forms.put(words, token);
                longest = Math.max(longest, words.size());
            }
        }
        return new OrganizationTokens(forms, longest);
    }

    /** Folded words to canonical tokens, longest known form first; unknown words are plain words. */
    List<Token> canonical(List<String> words) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                Token t = forms.get(words.subList(i, i + n));
                if (t != null) {
                    out.add(t);
                    matched = n;
                }
            }
            if (matched == 0) {
                out.add(new Token(words.get(i), Kind.WORD));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }
}
