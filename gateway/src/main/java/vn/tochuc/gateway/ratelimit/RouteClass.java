package vn.tochuc.gateway.ratelimit;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Locale;

/**
 * The four kinds of call limited separately: reads are cheap and frequent, writes change data, imports carry
 * whole files and reports scan whole subtrees. Which paths are imports and reports is configuration.
 */
public enum RouteClass {
    READS, WRITES, IMPORTS, REPORTS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RouteClass of(HttpMethod method, String path, List<String> importPaths, List<String> reportPaths) {
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        if (read) {
            return under(path, reportPaths) ? REPORTS : READS;
        }
        return under(path, importPaths) ? IMPORTS : WRITES;
    }

    static boolean under(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix) && path.length() > prefix.length()
                    && path.charAt(prefix.length()) == '/') {
                return true;
            }
        }
        return false;
    }
}
