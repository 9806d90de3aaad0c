package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.PolicyCase;
import vn.tochuc.cadre.domain.PolicyCaseKind;
import vn.tochuc.cadre.domain.PolicyCaseStatus;
import vn.tochuc.cadre.rest.PolicyCaseRequest;
import vn.tochuc.cadre.rest.PolicyCaseStepRequest;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** What a policy case and each of its steps must satisfy before they are recorded. */
@ApplicationScoped
public class PolicyCaseRules {

    private final PersonAccess access;
    private final RetirementRoadmap roadmap;

    PolicyCaseRules(PersonAccess access, RetirementRoadmap roadmap) {
        this.access = access;
        this.roadmap = roadmap;
    }

    public Person proposable(PolicyCaseRequest r) {
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + "; record "
                    + "the CV first (POST /api/v1/persons).", List.of(new FieldError("personId", "is not a person "
                    + "on record")));
        }
        if (!r.proposedDate().isAfter(r.proposedOn())) {
            throw ProblemException.invalid("proposedDate", "must be after the proposal day " + r.proposedOn());
        }
        if (person.deathDate != null && !r.proposedDate().isBefore(person.deathDate)) {
            throw ProblemException.invalid("proposedDate", "is not before the person's date of death "
                    + person.deathDate);
        }
        if (r.kind() == PolicyCaseKind.EARLY_RETIREMENT && person.sex != null) {
            // Retiring on or after the statutory day is ordinary retirement, not a case under the early-retirement
            // policy: its benefits would be paid without a basis.
            RetirementRoadmap.Retirement retirement = roadmap.of(person.sex, person.dateOfBirth());
            LocalDate statutory = retirement.retiresOn();
            if (!r.proposedDate().isBefore(statutory)) {
                throw new ProblemException(422, "not-early-retirement", "Person " + person.id + " reaches the "
                        + "statutory retirement age on " + statutory + " (" + retirement.rule().text() + "); a "
                        + "proposed date of " + r.proposedDate()
                        + " is not early. Record ordinary retirement instead, or propose a date before " + statutory
                        + ".", List.of(new FieldError("proposedDate", "is not before the statutory retirement "
                        + "date " + statutory)));
            }
        }
        if (PolicyCase.openOf(person.id, r.kind())) {
            throw ProblemException.conflict("policy-case-open", "Person " + person.id + " already has an open "
                    + r.kind() + " case; finish, reject or withdraw it before proposing another.");
        }
        return person;
    }

    public void requireStep(PolicyCase c, PolicyCaseStepRequest r) {
        if (!c.status.next().contains(r.status())) {
            throw ProblemException.conflict("invalid-transition", "Policy case " + c.id + " is " + c.status
                    + "; it can move to " + (c.status.next().isEmpty() ? "nothing (it is final)" : c.status.next())
                    + ", not to " + r.status() + ".");
        }
        if (r.on().isBefore(c.statusOn)) {
            throw ProblemException.invalid("on", "is before the previous step on " + c.statusOn);
        }
        if (r.status() == PolicyCaseStatus.APPROVED && !complete(r.decision())) {
            throw ProblemException.invalid("decision", "an approval needs the decision's number, date and issuer");
        }
        if (r.status() == PolicyCaseStatus.DONE && r.on().isBefore(c.proposedDate)) {
            throw ProblemException.invalid("on", "the person cannot have left before the proposed date "
                    + c.proposedDate + "; correct the date or withdraw the case");
        }
    }

    private static boolean complete(Decision d) {
        return d != null && d.number() != null && !d.number().isBlank() && d.date() != null && d.issuer() != null
                && !d.issuer().isBlank();
    }
}
