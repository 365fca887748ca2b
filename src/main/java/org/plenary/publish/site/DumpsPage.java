package org.plenary.publish.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code /dumps/} listing for a browser, in the site's style (the dump servlet lives outside the site). */
public final class DumpsPage {
    /** A dump file: its name, size, SHA-256 (null when SHA256SUMS does not list it) and content type. */
    public record File(String name, long bytes, String sha256, String contentType) {}

    private DumpsPage() {}

    /** The page; {@code files} is null when no dumps are published. */
    public static String html(List<File> files) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Dumps");
        c.put("files", files);
        return OutsideTemplates.INSTANCE.render("dumps", c);
    }
}
