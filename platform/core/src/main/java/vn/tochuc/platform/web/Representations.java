package vn.tochuc.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

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
                default -> throw ProblemException.invalid("format", ProblemText.of("field.json-or-xlsx"));
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

    /**
     * The answer of a report: 304 when {@code ifNoneMatch} names its digest, else the JSON or the spreadsheet that
     * {@code sheet} makes (only then), each with the digest as its ETag.
     */
    public static Response answer(byte[] json, boolean xlsx, String ifNoneMatch, Supplier<Response> sheet) {
        long digest = digest(json, xlsx);
        if (EntityVersions.notModified(ifNoneMatch, digest)) {
            return Response.notModified(EntityVersions.tag(digest)).build();
        }
        Response body = xlsx ? sheet.get()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        return Response.fromResponse(body).tag(EntityVersions.tag(digest)).build();
    }
}
