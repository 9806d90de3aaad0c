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
        return new ProblemException(404, "not-found", "No " + what + " has id " + id + ".");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-failed", "The request has an invalid field: " + field + ".",
                List.of(new Problem.FieldError(field, message)));
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
