package vn.tochuc.platform.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A request the service refuses for a reason the caller can act on. Thrown from anywhere in a request; answered as
 * problem+json with the given status. The detail must say what was wrong and how to fix it, in English and in
 * Vietnamese: best as a {@link ProblemText} of the {@link ProblemCatalog}, which holds both.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<Problem.FieldError> errors;
    private final List<Problem.FieldError> vietnameseErrors;
    private String vietnameseDetail;

    public ProblemException(int status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    public ProblemException(int status, String slug, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = new ArrayList<>(errors);
        this.vietnameseErrors = new ArrayList<>(errors);
    }

    /** A refusal whose detail comes from the catalog, in both languages. */
    public ProblemException(int status, String slug, ProblemText detail) {
        this(status, slug, detail.english());
        this.vietnameseDetail = detail.vietnamese();
    }

    public static ProblemException notFound(String what, Object id) {
        String noun = "noun." + what.strip().replace(' ', '-');
        return new ProblemException(404, "not-found", ProblemText.of("not-found.id")
                .with("what", ProblemCatalog.has(noun) ? ProblemText.of(noun) : what).with("id", id));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, detail);
    }

    public static ProblemException conflict(String slug, ProblemText detail) {
        return new ProblemException(409, slug, detail);
    }

    /** One invalid field, its message in English only: prefer {@link #invalid(String, ProblemText)}. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-failed", ProblemText.of("validation-failed.field")
                .with("field", field), List.of()).field(field, message, message);
    }

    /** One invalid field, its message from the catalog. */
    public static ProblemException invalid(String field, ProblemText message) {
        return new ProblemException(400, "validation-failed", ProblemText.of("validation-failed.field")
                .with("field", field)).field(field, message);
    }

    private ProblemException(int status, String slug, ProblemText detail, List<Problem.FieldError> errors) {
        this(status, slug, detail.english(), errors);
        this.vietnameseDetail = detail.vietnamese();
    }

    /** Adds a field error said in both languages. */
    public ProblemException field(String field, ProblemText message) {
        return field(field, message.english(), message.vietnamese());
    }

    /** Adds a field error. */
    public ProblemException field(String field, String english, String vietnamese) {
        errors.add(new Problem.FieldError(field, english));
        vietnameseErrors.add(new Problem.FieldError(field, vietnamese));
        return this;
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
        return List.copyOf(errors);
    }

    /** The field errors in the caller's language. */
    public List<Problem.FieldError> errors(boolean vietnamese) {
        return List.copyOf(vietnamese ? vietnameseErrors : errors);
    }
}
