package vn.tochuc.platform.problem;

import java.util.List;

/**
 * A request the service refuses for a reason the caller can act on. Thrown from anywhere in a request; answered as
 * problem+json with the given status. The detail must say what was wrong and how to fix it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<Problem.FieldError> errors;
    private String vietnameseDetail;

    public ProblemException(int status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    public ProblemException(int status, String slug, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "No " + what + " has id " + id + ".")
                .vi("Không tìm thấy bản ghi có mã " + id + " (" + what + ").");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-failed", "The request has an invalid field: " + field + ".",
                List.of(new Problem.FieldError(field, message)))
                .vi("Yêu cầu có trường không hợp lệ: " + field + ".");
    }

    /**
     * The same refusal said in Vietnamese, for a caller whose Accept-Language asks for it; without one such a
     * caller gets the English detail under a Vietnamese title.
     */
    public ProblemException vi(String vietnameseDetail) {
        this.vietnameseDetail = vietnameseDetail;
        return this;
    }

    /** The detail in the caller's language: Vietnamese when asked for and given, else English. */
    public String detail(boolean vietnamese) {
        return vietnamese && vietnameseDetail != null ? vietnameseDetail : getMessage();
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
