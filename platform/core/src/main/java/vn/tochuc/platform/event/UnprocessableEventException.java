package vn.tochuc.platform.event;

/** An event that no retry can apply (wrong shape, contradicts what this service knows): dead-letter it now. */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }

    public UnprocessableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
