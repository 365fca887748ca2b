package org.plenary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.cli.PlenaryCommand;
import picocli.CommandLine;

/** The CLI's public contract: extract prints TriG, build names what it could not read and exits non-zero on bad input. */
class CommandLineTest {
    @TempDir Path dir;

    @Test
    void extractPrintsOneArticlesGraphAsTrig() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new PlenaryCommand()).execute("extract", "data/articles/koreadaily-2025-05-un-defectors.txt");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(buf.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        assertTrue(dsg.listGraphNodes().hasNext(), "one named graph");
        assertTrue(dsg.find().hasNext());
    }

    @Test
    void buildOfAMissingFolderExitsTwoNamingIt() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err))
                .execute("build", "--articles", dir.resolve("nope").toString(), "--db", dir.resolve("db").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("nope"), err.toString());
    }

    @Test
    void extractOfABinaryFileExitsTwoNamingIt() throws Exception {
        Path bin = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0});
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PlenaryCommand()).setErr(new PrintWriter(err)).execute("extract", bin.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("photo.txt"), err.toString());
    }
}
