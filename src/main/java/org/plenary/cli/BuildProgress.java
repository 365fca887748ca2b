package org.plenary.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.plenary.extract.ArticleExtraction;
import org.plenary.build.CorpusBuild;

/**
 * A build's progress on the error stream: a line while the language models load (half a minute of silence
 * otherwise), then the articles extracted so far, how many there are and the time left. On a terminal that is one
 * bar redrawn in place; elsewhere (a log file, a pipe) a line per article with the same counts.
 */
final class BuildProgress implements CorpusBuild.Progress {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean verbose;
    /** When extraction started (after the models loaded): the time left is extrapolated from the articles since. */
    private long since = System.nanoTime();
    private int freshDone;

    BuildProgress(PrintStream err, boolean terminal, boolean verbose) {
        this.err = err;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /** Progress on {@code System.err}, drawn as a bar when the program runs on a terminal. */
    static BuildProgress onStandardError(boolean verbose) {
        return new BuildProgress(System.err, isTerminal(), verbose);
    }

    /**
     * {@link System#console()} is null when input or output is redirected (Java 17-21); from Java 22 it may be
     * a console that is no terminal, which {@code Console.isTerminal()} tells. Neither looks at the error stream,
     * which may go to a log while the rest is on a terminal: where /proc tells (Linux), it must be a terminal too.
     */
    static boolean isTerminal() {
        Console c = System.console();
        if (c == null) return false;
        try {
            if (!(Boolean) Console.class.getMethod("isTerminal").invoke(c)) return false;
        } catch (ReflectiveOperationException e) {
            // Java 17-21: a console is a terminal
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    @Override
    public void loadingModels() {
        err.println("Loading language models\u2026");
    }

    @Override
    public void modelsLoaded(long nanos) {
        if (verbose) err.printf(Locale.ROOT, "language models loaded in %.1f s%n", nanos / 1e9);
        since = System.nanoTime();
    }

    @Override
    public void extracted(int done, int total, ArticleExtraction x, boolean cached) {
        if (!cached) freshDone++;
        String left = timeLeft(done, total);
        if (terminal) {
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " articles"
                    + (left.isEmpty() ? "" : ", " + left) + "\u001b[K");
            if (done == total) err.println();
            err.flush();
        } else {
            err.printf(Locale.ROOT, "[%d/%d] %s: %d entities, %d statements, %d roles, %d participations%s%s%n",
                    done, total, x.article().fileName(), x.entities().size(), x.statements().size(),
                    x.roles().size(), x.participations().size(), cached ? " (cached)" : "",
                    left.isEmpty() ? "" : "; " + left);
        }
    }

    /** "about 2 min 5 s left", extrapolated from the articles extracted so far; empty before the first or after the last. */
    String timeLeft(int done, int total) {
        if (freshDone == 0 || done >= total) return "";
        double perArticle = (System.nanoTime() - since) / 1e9 / freshDone;
        return "about " + duration(Math.round(perArticle * (total - done))) + " left";
    }

    static String duration(long seconds) {
        if (seconds < 60) return seconds + " s";
        if (seconds < 3600) return seconds / 60 + " min " + seconds % 60 + " s";
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
