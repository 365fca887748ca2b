package org.plenary.publish.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published generation a response is made from: its directory, a tag naming its content (for ETags) and
 * when it was published (for Last-Modified). A generation is written once, so both are stable while it is served.
 */
record Generation(Path dir, String tag, long lastModified) {
    static Generation of(Path dir) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(dir).toMillis();
        } catch (IOException e) {
            modified = 0;
        }
        // The directory name alone could repeat if a database directory is deleted and rebuilt.
        return new Generation(dir, dir.getFileName() + "@" + modified, modified / 1000 * 1000);
    }
}
