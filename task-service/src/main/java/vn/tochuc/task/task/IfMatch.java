package vn.tochuc.task.task;

import vn.tochuc.platform.problem.ProblemException;

/**
 * The version a write is based on, from its If-Match header. Only a strong ETag this API gave out counts:
 * {@code *} matches every version and a weak tag promises no byte-for-byte identity, so neither says which version
 * the caller read (428, like a missing header).
 */
final class IfMatch {

    private IfMatch() {
    }

    static long version(String header) {
        if (header == null || header.isBlank()) {
            throw required("Send If-Match with the ETag you read, so a change made meanwhile by someone else is not "
                    + "overwritten.");
        }
        String tag = header.strip();
        if (tag.contains("*")) {
            throw required("If-Match: * does not say which version you read; send the task's ETag instead.");
        }
        if (tag.startsWith("W/")) {
            throw required("A weak ETag does not name a version; send the task's ETag as you read it.");
        }
        String bare = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return Long.parseLong(bare);
        } catch (NumberFormatException e) {
            throw new ProblemException(412, "stale-version", "If-Match " + tag + " is not an ETag of this task; read "
                    + "the task again and send its ETag.");
        }
    }

    private static ProblemException required(String detail) {
        return new ProblemException(428, "precondition-required", detail);
    }
}
