package vn.tochuc.task.target;

import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/** If-Match for target writes: it must name the version read; {@code *} names none, so it counts as absent. */
final class Versions {

    private Versions() {
    }

    static void requireMatch(String ifMatch, long current) {
        if (ifMatch != null && ifMatch.contains("*")) {
            throw new ProblemException(428, "precondition-required", "If-Match: * does not say which version you "
                    + "read; send the ETag of the resource as you read it.");
        }
        EntityVersions.requireMatch(ifMatch, current);
    }
}
