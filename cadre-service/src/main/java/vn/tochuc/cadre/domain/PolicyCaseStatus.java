package vn.tochuc.cadre.domain;

import java.util.Set;

/** Where a policy case stands. The workflow is fixed here: a status change is a decision, not reference data. */
public enum PolicyCaseStatus {
    PROPOSED, APPROVED, DONE, REJECTED, WITHDRAWN;

    /** The statuses a case may move to from this one; DONE, REJECTED and WITHDRAWN are final. */
    public Set<PolicyCaseStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> Set.of(DONE, WITHDRAWN);
            case DONE, REJECTED, WITHDRAWN -> Set.of();
        };
    }

    public boolean isOpen() {
        return this == PROPOSED || this == APPROVED;
    }
}
