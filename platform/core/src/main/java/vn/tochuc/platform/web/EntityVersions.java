package vn.tochuc.platform.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import vn.tochuc.platform.problem.ProblemException;

/**
 * ETags from entity versions, and the If-Match / If-None-Match rules that stop lost updates: a write must name
 * the version it was based on, and is refused when that version is no longer current.
 */
public final class EntityVersions {

    private EntityVersions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses a write without If-Match (428) or based on another version than the current one (412). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Send If-Match with the ETag you read, so a "
                    + "change made meanwhile by someone else is not overwritten.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new ProblemException(412, "stale-version", "The resource is now at version " + currentVersion
                    + " (ETag \"" + currentVersion + "\"), not the one you sent in If-Match; read it again and "
                    + "apply your change to the current version.");
        }
    }

    /** True when If-None-Match names the current version, so the caller's copy is fresh (answer 304). */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && matches(ifNoneMatch, currentVersion);
    }

    static boolean matches(String header, long version) {
        String current = Long.toString(version);
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                        ? tag.substring(1, tag.length() - 1) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
