package vn.tochuc.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** One service behind the gateway: where it listens and which path prefixes it owns. */
public record Upstream(String name, String host, int port, boolean ssl, List<String> prefixes) {

    public Upstream {
        prefixes = List.copyOf(prefixes);
    }

    /**
     * Reads one route table entry, refusing what would route wrongly later: a URL with a path (the gateway never
     * rewrites paths, so a base path would silently be dropped) or a prefix that is not an absolute path.
     */
    public static Upstream parse(String name, String url, List<String> prefixes) {
        String key = "tochuc.gateway.routes." + name;
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + ".url=" + url + " is not a URL; write it like http://127.0.0.1:8081");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(key + ".url=" + url
                    + " must be an absolute http or https URL with a host, like http://127.0.0.1:8081");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
                || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(key + ".url=" + url + " has a path or query; paths are the same through"
                    + " the gateway as on the service, so give only scheme, host and port");
        }
        boolean ssl = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
        if (prefixes == null || prefixes.isEmpty()) {
            throw new IllegalArgumentException(key + ".prefixes is empty; list the paths the service owns, "
                    + "e.g. /api/v1/org-units");
        }
        List<String> cleaned = prefixes.stream().map(p -> cleanPrefix(key, p)).toList();
        return new Upstream(name, uri.getHost(), port, ssl, cleaned);
    }

    private static String cleanPrefix(String key, String prefix) {
        String p = prefix.trim();
        if (!p.startsWith("/") || p.contains("?") || p.contains("*")) {
            throw new IllegalArgumentException(key + ".prefixes has '" + prefix
                    + "'; a prefix is a plain path starting with /, e.g. /api/v1/org-units");
        }
        // "/api/v1/tasks/" and "/api/v1/tasks" mean the same resource tree; keep one spelling for matching.
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    public String baseUrl() {
        return (ssl ? "https" : "http") + "://" + host + ":" + port;
    }
}
