package vn.tochuc.platform.event;

import vn.tochuc.platform.persistence.TransientFailures;

/** Tells an operator what failed in one line, and tells the consumer whether a failure is the event's fault. */
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

    /**
     * True when the failure says nothing about the event (see {@link TransientFailures}): such an event must be
     * retried until it goes through, never dead-lettered.
     */
    static boolean isTransient(Throwable e) {
        return TransientFailures.isTransient(e);
    }
}
