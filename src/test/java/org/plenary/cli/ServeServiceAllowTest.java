package org.plenary.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** {@code serve --service-allow} refuses, in one line naming the option, an endpoint that is not a public http(s) URL. */
class ServeServiceAllowTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:3030/sparql", "http://localhost/sparql", "http://10.1.2.3/sparql",
            "http://169.254.169.254/latest", "http://[::1]/sparql", "file:///etc/passwd", "ftp://example.org/x", "not a url"})
    void aLocalPrivateOrNonHttpEndpointIsRefusedBeforeAnythingStarts(String endpoint) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("serve", "--db", dir.toString(), "--port", "0", "--service-allow", endpoint);
        assertEquals(2, exit, err.toString());
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("plenary serve: --service-allow " + endpoint + ": "), message);
    }

    @org.junit.jupiter.api.Test
    void aHostThatDoesNotResolveNowIsAllowedAndCheckedAtEachCall() {
        // An offline machine cannot resolve query.wikidata.org: the option is still taken (the server then fails
        // on the missing database here, after the option was accepted).
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("serve", "--db", dir.resolve("missing").toString(), "--port", "0", "--service-allow", "https://no-such-host.invalid/sparql");
        assertEquals(2, exit, err.toString());
        assertFalse(err.toString().contains("--service-allow"), err.toString());
    }
}
