package org.plenary.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a fetch may reach: http and https only, and only hosts on the public internet. A list of URLs or
 * a feed (or a redirect in either) must not make Plenary read a local file or a service on the user's own machine or
 * network (a router's page, a cloud metadata service at 169.254.169.254), unless the user names the host as allowed.
 * Every address a host name resolves to is checked before connecting.
 */
final class AddressPolicy {
    private final Set<String> allowedHosts;

    /** {@code allowedHosts}: host names or IP literals that may be fetched even though they are private or local. */
    AddressPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(AddressPolicy::hostKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Throws with the reason if {@code url} may not be fetched. */
    void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new FetchException(url + ": refused: only http and https addresses are fetched, not " + (scheme.isEmpty() ? "a relative address" : scheme + ":"));
        String host = url.getHost();
        if (host == null || host.isEmpty()) throw new FetchException(url + ": refused: no host name");
        if (allowedHosts.contains(hostKey(host))) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(url + ": unknown host " + host);
        }
        for (InetAddress a : addresses) {
            String kind = localKind(a);
            if (kind != null)
                throw new FetchException(url + ": refused: " + host + " is " + (host.equals(a.getHostAddress()) ? "" : a.getHostAddress() + ", ")
                        + kind + " (--allow-host " + host + " allows it)");
        }
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String localKind(InetAddress a) {
        if (a.isLoopbackAddress()) return "a loopback address";
        if (a.isAnyLocalAddress()) return "the unspecified address";
        if (a.isLinkLocalAddress()) return "a link-local address";
        if (a.isSiteLocalAddress()) return "a private address";
        if (a.isMulticastAddress()) return "a multicast address";
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) return "a private address (unique local)";
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) return "a private address (carrier-grade NAT)";
        if (b.length == 4 && (b[0] & 0xff) == 0) return "a reserved address";
        return null;
    }

    private static String hostKey(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
