package org.plenary.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The non-comment, non-blank lines of a data file shipped beside the resolve classes. */
final class DataTable {
    private DataTable() {}

    static List<String> lines(String resource) {
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing data file " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
