package vn.tochuc.platform.web;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

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

    /**
     * Refuses a write without If-Match, or with {@code If-Match: *}, which names no version (428), and one based on
     * another version than the current one (412). The comparison is strong (RFC 9110 13.1.1): a weak tag such as
     * {@code W/"3"} promises no more than "about the same", which cannot guard a write.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", ProblemText.of("precondition-required"));
        }
        List<String> tags = tags(ifMatch);
        if (tags.contains("*")) {
            throw new ProblemException(428, "precondition-required", ProblemText.of("precondition-required.star")
                    .with("version", currentVersion));
        }
        if (tags.stream().noneMatch(tag -> names(tag, currentVersion))) {
            boolean weak = tags.stream().anyMatch(tag -> tag.startsWith("W/"));
            throw new ProblemException(412, "stale-version", ProblemText.of(weak ? "stale-version.weak"
                    : "stale-version.now-at").with("version", currentVersion));
        }
    }

    /**
     * The version a write is based on, for a service that compares it under the row lock it takes: the one strong
     * ETag If-Match names. Refused as {@link #requireMatch} refuses: no header or {@code *} (428); a weak tag, a list
     * or a tag this API did not give out (412, since it cannot be the current version).
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || tags(ifMatch).contains("*")) {
            requireMatch(ifMatch, 0); // answers 428 with the same words as every other write
        }
        List<String> tags = tags(ifMatch);
        String tag = tags.size() == 1 ? tags.get(0) : "";
        String bare = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return Long.parseLong(bare);
        } catch (NumberFormatException e) {
            throw new ProblemException(412, "stale-version", ProblemText.of("stale-version.not-ours")
                    .with("sent", ifMatch.strip()));
        }
    }

    /**
     * Refuses a write that depends on another resource without naming the version of it the caller read (428), or
     * naming one that is no longer current (412): the body-field form of {@link #requireMatch}, for a request whose
     * If-Match would speak of another resource. {@code field} is the field that carries the version.
     */
    public static void requireVersion(String field, Long version, long currentVersion, String what) {
        if (version == null) {
            throw new ProblemException(428, "precondition-required", ProblemText.of("precondition-required.of")
                    .with("field", field).with("what", what))
                    .field(field, ProblemText.of("field.version-required").with("what", what));
        }
        if (version != currentVersion) {
            throw new ProblemException(412, "stale-version", ProblemText.of("stale-version.of").with("what", what)
                    .with("version", currentVersion).with("sent", version))
                    .field(field, ProblemText.of("field.version-not-current").with("version", currentVersion));
        }
    }

    /**
     * True when If-None-Match names the current version, so the caller's copy is fresh (answer 304). A read may
     * compare weakly and take {@code *}, as RFC 9110 13.1.2 says.
     */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null) {
            return false;
        }
        return tags(ifNoneMatch).stream().map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || names(tag, currentVersion));
    }

    /**
     * A weak tag (RFC 9110 8.8.1) for an answer with no version of its own, such as a list, a page or a tree: a digest
     * of {@code parts}, which must be everything the answer depends on. Weak because the same answer may travel
     * compressed or not (the gateway compresses): "the same content", not "the same bytes".
     */
    public static EntityTag weakTag(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return new EntityTag(HexFormat.of().formatHex(sha.digest(), 0, 12), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@link #weakTag(byte[]...)} of text parts, e.g. a query's parameters and a stamp of the data it reads. */
    public static EntityTag weakTag(String... parts) {
        return weakTag(Arrays.stream(parts).map(p -> String.valueOf(p).getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new));
    }

    /**
     * True when If-None-Match names {@code current} (or is {@code *}): the caller's copy is fresh, answer 304. The
     * comparison is weak (RFC 9110 13.1.2): {@code W/"x"} and {@code "x"} match each other.
     */
    public static boolean notModified(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = "\"" + current.getValue() + "\"";
        return tags(ifNoneMatch).stream().map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(opaque));
    }

    /** A strong tag of the version; the quotes are optional, as clients that copy the number forget them. */
    private static boolean names(String tag, long version) {
        return tag.equals("\"" + version + "\"") || tag.equals(Long.toString(version));
    }

    private static List<String> tags(String header) {
        return Arrays.stream(header.split(",")).map(String::trim).filter(tag -> !tag.isEmpty()).toList();
    }
}
