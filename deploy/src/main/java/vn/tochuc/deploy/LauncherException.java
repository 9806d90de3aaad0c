package vn.tochuc.deploy;

/**
 * A failure the person running the suite can act on. The message is printed as is, without a
 * stack trace, so it must say what was wrong and how to fix it.
 */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
