package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plenary} without a command, run in a repository layout: it builds for the address it will serve at
 * (http://localhost:PORT/), keeps a database that is up to date for that port and rebuilds one built for another.
 * The port is taken by the test, so each run ends after its build with the one-line port error.
 */
class TopLevelCommandTest {
    @TempDir Path dir;

    private Cli.Run plenaryOnATakenPort(int port) throws Exception {
        return Cli.runAsProcess(dir, "512m", 120, "--port", Integer.toString(port));
    }

    @Test
    void theBaseFollowsThePortAndADatabaseForAnotherPortIsRebuilt() throws Exception {
        Files.createDirectories(dir.resolve("data/articles"));
        try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int p1 = first.getLocalPort(), p2 = second.getLocalPort();

            Cli.Run built = plenaryOnATakenPort(p1);
            assertEquals(1, built.exit(), built.err());
            List<String> lines = built.err().lines().toList();
            assertEquals("building data/articles into db for http://localhost:" + p1 + "/ ...", lines.get(0), built.err());
            assertTrue(lines.get(lines.size() - 1).startsWith("plenary serve: cannot listen on the port"), built.err());
            assertFalse(built.err().contains("\tat "), "no stack trace: " + built.err());

            Cli.Run again = plenaryOnATakenPort(p1);
            assertEquals("db is up to date with data/articles", again.err().lines().findFirst().orElseThrow(), again.err());

            Cli.Run otherPort = plenaryOnATakenPort(p2);
            assertEquals("building data/articles into db for http://localhost:" + p2 + "/ ...",
                    otherPort.err().lines().findFirst().orElseThrow(), otherPort.err());
        }
    }
}
