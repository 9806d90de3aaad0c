package vn.tochuc.task.congress;

import java.util.Arrays;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.problem.ProblemException;

/** If-Match for congress writes: the ETag the caller read, never {@code *}, which names no version. */
final class IfMatch {

    private IfMatch() {
    }

    static void require(String ifMatch, long currentVersion) {
        if (ifMatch != null && Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch("*"::equals)) {
            throw new ProblemException(428, "precondition-required", "If-Match: * does not say which version you "
                    + "read; send the ETag you read (\"" + currentVersion + "\" is current), so a change made "
                    + "meanwhile is not overwritten.");
        }
        EntityVersions.requireMatch(ifMatch, currentVersion);
    }
}
