package vn.tochuc.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem") String type,
        @Schema(description = "Short summary of the kind of problem, in the caller's language") String title,
        int status,
        @Schema(description = "What was wrong with this request and how to fix it") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Request id, to quote when reporting the problem") String requestId,
        @Schema(description = "Field-level errors of a validation failure") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: {@code field} is its JSON path in the request, e.g. {@code name} or {@code items[2].code}. */
    public record FieldError(String field, String message) {
    }
}
