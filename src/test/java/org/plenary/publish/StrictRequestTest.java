package org.plenary.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Strict decoding of query strings and form bodies: what decodes is kept exactly, what does not is a 400. */
class StrictRequestTest {
    static Map<String, List<String>> decode(String form, boolean bytes) throws StrictRequest.BadRequest {
        Map<String, List<String>> m = new LinkedHashMap<>();
        StrictRequest.decodeForm(form, bytes, StandardCharsets.UTF_8, m, "the query string");
        return m;
    }

    @Test
    void escapesPlusAndRawUtf8Decode() throws Exception {
        assertEquals(Map.of("query", List.of("café au lait")), decode("query=caf%C3%A9+au%20lait", false));
        // A query string Jetty already read as UTF-8 text, and a body read one char per byte.
        assertEquals(Map.of("q", List.of("Łódź")), decode("q=Łódź", false));
        String body = new String("q=Łódź".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(Map.of("q", List.of("Łódź")), decode(body, true));
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of("")), decode("a=1&a=2&b", false));
    }

    @Test
    void badEscapesAndBytesThatAreNotUtf8Are400() {
        for (String bad : List.of("q=%ZZ", "q=abc%", "q=%4", "q=%C3%28", "q=%FF", "q%=1")) {
            StrictRequest.BadRequest e = assertThrows(StrictRequest.BadRequest.class, () -> decode(bad, false), bad);
            assertEquals(400, e.status);
            assertTrue(e.getMessage().contains("query string"), e.getMessage());
        }
        String notUtf8 = new String(new byte[] {'q', '=', (byte) 0xC3, (byte) 0x28}, StandardCharsets.ISO_8859_1);
        assertThrows(StrictRequest.BadRequest.class, () -> decode(notUtf8, true));
    }

    @Test
    void anUnknownCharsetIs400AndNoneIsUtf8() throws Exception {
        assertEquals(StandardCharsets.UTF_8, StrictRequest.charset(null));
        assertEquals(StandardCharsets.ISO_8859_1, StrictRequest.charset("\"ISO-8859-1\""));
        assertEquals(400, assertThrows(StrictRequest.BadRequest.class, () -> StrictRequest.charset("bogus-charset")).status);
        assertEquals(400, assertThrows(StrictRequest.BadRequest.class, () -> StrictRequest.charset("utf 8")).status);
    }
}
