package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.tochuc.cadre.domain.PolicyCaseStatus;
import vn.tochuc.cadre.rest.DisciplineResponse;
import vn.tochuc.cadre.rest.PlanningResponse;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * Discipline reasons, reasons for removal from planning and policy cases still open are the Board's and the unit's
 * confidential assessments (Roles.ASSESSMENT_READERS). Other callers read the decisions, which bar planning and
 * appointment and so must be known, without the reasons; an open policy case is to them as if it did not exist.
 */
@ApplicationScoped
public class ConfidentialAssessments {

    private final SignedInCaller caller;

    ConfidentialAssessments(SignedInCaller caller) {
        this.caller = caller;
    }

    public boolean readable() {
        return caller.readsConfidentialAssessments();
    }

    public DisciplineResponse shown(DisciplineResponse d) {
        return readable() ? d : d.withoutReason();
    }

    public PlanningResponse shown(PlanningResponse p) {
        return readable() ? p : p.withoutRemovalReason();
    }

    /** A case the caller may not see answers like one that does not exist, so its existence is not disclosed. */
    public void requireCaseReadable(UUID caseId, PolicyCaseStatus status) {
        if (status.isOpen() && !readable()) {
            throw ProblemException.notFound("policy case", caseId);
        }
    }
}
