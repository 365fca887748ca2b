package org.plenary.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import org.plenary.eval.Metric;
import org.plenary.extract.TextRef;

/**
 * Scores the attributions found in one article against PolNeAR's annotation.
 * <ul>
 * <li><b>Direct quotations.</b> A gold quotation is the text between a pair of quotation marks (“…” or "…", within
 *     one paragraph) lying at least half inside an annotated content; its speaker is that attribution's source.
 *     A predicted quotation matches a gold one when they overlap by at least half of the shorter (one-to-one,
 *     largest overlap first). Detection counts matches; <i>end to end</i> counts matches whose speaker is right:
 *     one of the predicted speaker spans overlaps a gold source span. Quotation marks around a title or a
 *     scare-quoted word outside any attribution are not gold.</li>
 * <li><b>Reported speech.</b> A gold reported attribution is one whose content is less than half quoted. A
 *     predicted reported statement matches when its content overlaps the gold content (all its spans) by at
 *     least half of the shorter; end to end also needs the speaker right; the cue is right when it overlaps a
 *     gold cue.</li>
 * </ul>
 */
public final class AttributionScorer {
    /** The counts of one article or a whole split. */
    public record Counts(Metric directFound, Metric directEndToEnd, Metric directShortFound, Metric reportedFound,
                         Metric reportedEndToEnd, Metric reportedCue) {
        public static final Counts ZERO = new Counts(Metric.ZERO, Metric.ZERO, Metric.ZERO, Metric.ZERO, Metric.ZERO, Metric.ZERO);

        public Counts plus(Counts o) {
            return new Counts(directFound.plus(o.directFound), directEndToEnd.plus(o.directEndToEnd),
                    directShortFound.plus(o.directShortFound), reportedFound.plus(o.reportedFound),
                    reportedEndToEnd.plus(o.reportedEndToEnd), reportedCue.plus(o.reportedCue));
        }

        /** Of the direct quotations found, the share attributed to the right speaker. */
        public double directAttribution() {
            return directFound.tp() == 0 ? 0 : (double) directEndToEnd.tp() / directFound.tp();
        }
    }

    /** A gold unit: content spans and the source spans that name its speaker. */
    record Gold(List<TextRef> content, List<TextRef> source, List<TextRef> cue, int words) {
        int length() { return content.stream().mapToInt(r -> r.end() - r.start()).sum(); }
    }

    public Counts score(PolnearArticle article, List<PredictedAttribution> predicted) { return score(article, predicted, m -> {}); }

    /** Scores and tells {@code misses} about every direct quotation missed or misattributed, and every spurious one. */
    public Counts score(PolnearArticle article, List<PredictedAttribution> predicted, java.util.function.Consumer<String> misses) {
        String text = article.text();
        List<Gold> direct = new ArrayList<>(), reported = new ArrayList<>();
        List<TextRef> quotations = quotations(text);
        for (Attribution a : article.attributions()) {
            int quoted = 0, all = 0;
            for (TextRef c : a.content()) {
                all += c.end() - c.start();
                for (TextRef q : quotations) quoted += overlap(List.of(q), List.of(c));
            }
            for (TextRef q : quotations) {
                if (overlap(List.of(q), a.content()) * 2 >= q.end() - q.start())
                    direct.add(new Gold(List.of(q), a.source(), a.cue(), words(q.of(text))));
            }
            if (quoted * 2 < all) reported.add(new Gold(a.content(), a.source(), a.cue(), 0));
        }
        List<PredictedAttribution> pd = predicted.stream().filter(PredictedAttribution::direct).toList();
        List<PredictedAttribution> pr = predicted.stream().filter(p -> !p.direct()).toList();

        int[] dm = match(direct, pd);
        int found = 0, right = 0, shortGold = 0, shortFound = 0;
        for (int g = 0; g < direct.size(); g++) {
            boolean isShort = direct.get(g).words() < 4;
            if (isShort) shortGold++;
            Gold gd = direct.get(g);
            String where = article.id() + " @" + gd.content().get(0).start();
            if (dm[g] < 0) {
                misses.accept("MISSED  " + where + " [" + spans(text, gd.source()) + "] " + clip(gd.content().get(0).of(text)));
                continue;
            }
            found++;
            if (isShort) shortFound++;
            if (speakerRight(pd.get(dm[g]), gd)) right++;
            else misses.accept("SPEAKER " + where + " [" + spans(text, gd.source()) + "] got [" + spans(text, pd.get(dm[g]).speaker().subList(0, Math.min(1, pd.get(dm[g]).speaker().size()))) + "] " + clip(gd.content().get(0).of(text)));
        }
        boolean[] matched = new boolean[pd.size()];
        for (int x : dm) if (x >= 0) matched[x] = true;
        for (int p = 0; p < pd.size(); p++)
            if (!matched[p]) misses.accept("SPURIOUS " + article.id() + " @" + pd.get(p).content().start() + " " + clip(pd.get(p).content().of(text)));
        Metric directFound = new Metric(found, pd.size() - found, direct.size() - found);
        Metric directE2e = new Metric(right, pd.size() - right, direct.size() - right);
        Metric shortM = new Metric(shortFound, 0, shortGold - shortFound);

        int[] rm = match(reported, pr);
        int rFound = 0, rRight = 0, cueRight = 0;
        for (int g = 0; g < reported.size(); g++) {
            if (rm[g] < 0) continue;
            rFound++;
            PredictedAttribution p = pr.get(rm[g]);
            if (speakerRight(p, reported.get(g))) rRight++;
            if (p.cue().isPresent() && overlap(List.of(p.cue().get()), reported.get(g).cue()) > 0) cueRight++;
        }
        return new Counts(directFound, directE2e, shortM,
                new Metric(rFound, pr.size() - rFound, reported.size() - rFound),
                new Metric(rRight, pr.size() - rRight, reported.size() - rRight),
                new Metric(cueRight, rFound - cueRight, reported.size() - cueRight));
    }

    private static boolean speakerRight(PredictedAttribution p, Gold g) {
        return !g.source().isEmpty() && overlap(p.speaker(), g.source()) > 0;
    }

    /** For each gold unit the index of its predicted match or -1: one-to-one, largest overlap first. */
    private static int[] match(List<Gold> gold, List<PredictedAttribution> predicted) {
        record Pair(int g, int p, int overlap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                TextRef c = predicted.get(p).content();
                int o = overlap(gold.get(g).content(), List.of(c));
                if (o > 0 && o * 2 >= Math.min(gold.get(g).length(), c.end() - c.start())) pairs.add(new Pair(g, p, o));
            }
        }
        pairs.sort((a, b) -> Integer.compare(b.overlap(), a.overlap()));
        int[] out = new int[gold.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] used = new boolean[predicted.size()];
        for (Pair x : pairs) {
            if (out[x.g()] >= 0 || used[x.p()]) continue;
            out[x.g()] = x.p();
            used[x.p()] = true;
        }
        return out;
    }

    private static String spans(String text, List<TextRef> refs) {
        return String.join(" | ", refs.stream().map(r -> r.of(text).replaceAll("\\s+", " ")).toList());
    }

    private static String clip(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }

    static int overlap(List<TextRef> a, List<TextRef> b) {
        int n = 0;
        for (TextRef x : a) for (TextRef y : b) n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
        return n;
    }

    /** The insides of quotation-mark pairs, each within one paragraph: “…”, "…", and ‘…’ inside neither. */
    static List<TextRef> quotations(String text) {
        List<TextRef> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int open = -1;
            char want = 0;
            for (int i = pos; i < end; i++) {
                char c = text.charAt(i);
                if (open < 0 && (c == '“' || c == '"')) { open = i; want = c == '“' ? '”' : '"'; }
                else if (open >= 0 && c == want) {
                    if (i > open + 1) out.add(new TextRef(open + 1, i));
                    open = -1;
                }
            }
            // a quotation left open at the end of a paragraph runs on into the next (the English convention)
            if (open >= 0 && end - open > 2) out.add(new TextRef(open + 1, end));
            pos = end + 1;
        }
        return out;
    }

    static int words(String s) { return s.isBlank() ? 0 : s.trim().split("\\s+").length; }
}
