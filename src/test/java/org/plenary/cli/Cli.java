package org.plenary.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the program's command line as {@code main} does: in this JVM (picocli's streams and System.out/err
 * captured), or as a separate {@code java} process in a working directory of the test's choosing.
 */
final class Cli {
    private Cli() {}

    /** What a run printed: {@code out} and {@code err} hold picocli's streams and System.out/err together. */
    record Run(int exit, String out, String err) {
        Run {
            out = out.replace("\r\n", "\n");
            err = err.replace("\r\n", "\n");
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        StringWriter cliOut = new StringWriter(), cliErr = new StringWriter();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = PlenaryCommand.commandLine().setOut(new PrintWriter(cliOut, true)).setErr(new PrintWriter(cliErr, true)).execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, cliOut + out.toString(StandardCharsets.UTF_8), cliErr + err.toString(StandardCharsets.UTF_8));
    }

    /** Starts {@code plenary ARGS} as its own process in {@code dir}, with {@code -Xmx<heap>}; its errors go to {@code errors}. */
    static Process start(Path dir, String heap, Path errors, String... args) throws IOException {
        return new ProcessBuilder(command(heap, args)).redirectError(errors.toFile()).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Runs {@code plenary ARGS} as its own process in {@code dir} to its end (at most {@code seconds}). */
    static Run runAsProcess(Path dir, String heap, long seconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("plenary-out", ".txt"), err = Files.createTempFile("plenary-err", ".txt");
        Process p = new ProcessBuilder(command(heap, args)).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("plenary " + String.join(" ", args) + " still running after " + seconds + " s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> command(String heap, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), PlenaryCommand.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * A database built by {@code plenary build}, in a process of its own (TDB2's lock file would otherwise name this
     * JVM, and a server started by the test would refuse it), from a folder without articles (no language models).
     */
    static Path emptyDatabase(Path dir, String base) throws IOException, InterruptedException {
        Path articles = Files.createDirectories(dir.resolve("no-articles"));
        Path db = dir.resolve("db");
        Run r = runAsProcess(dir, "512m", 120, "build", "--quiet", "--articles", articles.toString(), "--db", db.toString(), "--base", base);
        if (r.exit() != 0) throw new AssertionError("build failed: " + r.err());
        return db;
    }
}
