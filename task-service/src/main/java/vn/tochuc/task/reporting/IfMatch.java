package vn.tochuc.task.reporting;

import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/** If-Match for the writes of this feature: the ETag the caller read, never {@code *}. */
final class IfMatch {

    private IfMatch() {
    }

    /** 428 without If-Match or with {@code *} (which names no version), 412 when the version is not current. */
    static void require(String ifMatch, long currentVersion) {
        if (ifMatch != null && ifMatch.contains("*")) {
            throw new ProblemException(428, "precondition-required", "If-Match: * names no version; send the "
                    + "ETag you read, so a change made meanwhile by someone else is not overwritten.");
        }
        EntityVersions.requireMatch(ifMatch, currentVersion);
    }
}
