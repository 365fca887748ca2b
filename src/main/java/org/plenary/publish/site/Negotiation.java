package org.plenary.publish.site;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation with Jena's own {@link AcceptList}: the client's Accept header against the formats a
 * resource offers, in the server's order of preference; {@code ?format=} overrides it.
 */
final class Negotiation {
    private Negotiation() {}

    /**
     * The chosen format, {@code fallback} when the request has no Accept header, or empty when nothing offered
     * is acceptable (a 406). An unknown {@code ?format=} is also empty.
     */
    static Optional<RdfFormat> choose(HttpServletRequest req, List<RdfFormat> offered, RdfFormat fallback) {
        String param = req.getParameter("format");
        if (param != null) return RdfFormat.byName(param).filter(offered::contains);
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return Optional.of(fallback);
        AcceptList client;
        try {
            client = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.of(fallback); // An unparsable header is treated as no header.
        }
        // Aliases come after every main type, so that "*/*" still picks the first format offered.
        List<String> types = new java.util.ArrayList<>(offered.stream().map(f -> f.mediaType).toList());
        offered.forEach(f -> types.addAll(f.aliases));
        AcceptList server = AcceptList.create(types.toArray(String[]::new));
        MediaType chosen = AcceptList.match(client, server);
        return chosen == null ? Optional.empty() : RdfFormat.byMediaType(chosen.getContentTypeStr());
    }

    /** Whether the client prefers HTML to every RDF syntax (browsers do; RDF clients do not). */
    static Optional<RdfFormat> chooseForId(HttpServletRequest req) {
        List<RdfFormat> offered = new java.util.ArrayList<>();
        offered.add(RdfFormat.HTML);
        offered.addAll(RdfFormat.RDF);
        return choose(req, offered, RdfFormat.HTML);
    }
}
