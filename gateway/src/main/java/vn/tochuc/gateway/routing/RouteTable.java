package vn.tochuc.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the service that owns a path: the longest configured prefix that equals the path or ends at a '/'. */
public final class RouteTable {

    /** The service chosen for a path and the prefix that chose it (used as a low-cardinality metrics label). */
    public record Match(Upstream upstream, String prefix) {
    }

    private final List<Upstream> upstreams;
    private final List<Match> longestFirst;

    private RouteTable(List<Upstream> upstreams, List<Match> longestFirst) {
        this.upstreams = upstreams;
        this.longestFirst = longestFirst;
    }

    public static RouteTable of(List<Upstream> upstreams) {
        Map<String, String> owner = new HashMap<>();
        List<Match> entries = new ArrayList<>();
        for (Upstream upstream : upstreams) {
            for (String prefix : upstream.prefixes()) {
                String previous = owner.putIfAbsent(prefix, upstream.name());
                if (previous != null && !previous.equals(upstream.name())) {
                    throw new IllegalArgumentException("Path prefix " + prefix + " is listed for both " + previous
                            + " and " + upstream.name() + "; a path must belong to one service, so remove it from"
                            + " one of tochuc.gateway.routes." + previous + ".prefixes / "
                            + "tochuc.gateway.routes." + upstream.name() + ".prefixes");
                }
                if (previous == null) {
                    entries.add(new Match(upstream, prefix));
                }
            }
        }
        entries.sort(Comparator.comparingInt((Match m) -> m.prefix().length()).reversed());
        List<Upstream> byName = upstreams.stream().sorted(Comparator.comparing(Upstream::name)).toList();
        return new RouteTable(byName, List.copyOf(entries));
    }

    public Optional<Match> match(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (Match entry : longestFirst) {
            if (covers(entry.prefix(), path)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    static boolean covers(String prefix, String path) {
        if (prefix.equals("/")) {
            return path.startsWith("/");
        }
        // The '/' boundary keeps /api/v1/tasksX away from the owner of /api/v1/tasks.
        return path.equals(prefix) || path.startsWith(prefix) && path.charAt(prefix.length()) == '/';
    }

    /** Services sorted by name; this is also the order in which their API documents are merged. */
    public List<Upstream> upstreams() {
        return upstreams;
    }

    public Optional<Upstream> upstream(String name) {
        return upstreams.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** Every configured prefix, sorted, for error details that tell a caller where the API lives. */
    public List<String> prefixes() {
        return longestFirst.stream().map(Match::prefix).sorted().toList();
    }
}
