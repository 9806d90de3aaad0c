package vn.tochuc.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem",
                example = Problems.TYPE_PREFIX + "validation-failed") String type,
        @Schema(description = "Short summary of the kind of problem, in the caller's language",
                example = "Yêu cầu không hợp lệ") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What was wrong with this request and how to fix it",
                example = "Yêu cầu có 1 trường không hợp lệ; hãy sửa các trường đó rồi gửi lại.") String detail,
        @Schema(description = "The request path", example = "/api/v1/org-units") String instance,
        @Schema(description = "Request id, to quote when reporting the problem",
                example = "9f2c4b1e-3a57-4e8d-b6a0-7d1e5c2f8a94") String requestId,
        @Schema(description = "Field-level errors of a validation failure") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: {@code field} is its JSON path in the request, e.g. {@code name} or {@code items[2].code}. */
    public record FieldError(@Schema(example = "name") String field,
            @Schema(example = "không được để trống") String message) {
    }
}
