package vn.tochuc.platform.event;

/** Turns a failure into the one line an operator needs: the root cause, not the wrappers around it. */
final class Failures {

    private Failures() {
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
