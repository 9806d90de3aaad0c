package vn.tochuc.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import vn.tochuc.platform.problem.ProblemException;

/**
 * For reports that answer JSON or a spreadsheet: which one the caller asked for, and an ETag for a computed answer
 * (a report has no version of its own, so its tag is a digest of what it says).
 */
public final class Representations {

    private Representations() {
    }

    /**
     * {@code format=json|xlsx} wins; otherwise the first type Accept prefers that a report can give (JSON when
     * Accept names neither).
     */
    public static boolean wantsXlsx(String format, HttpHeaders headers, MediaType sheet) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase()) {
                case "xlsx" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalid("format", "must be json or xlsx");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(sheet)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A version for {@link EntityVersions#tag} from a report's JSON. The two representations differ, so their tags
     * must too: the format is part of the digest.
     */
    public static long digest(byte[] json, boolean xlsx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(json);
            sha.update((xlsx ? "xlsx" : "json").getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong() & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
