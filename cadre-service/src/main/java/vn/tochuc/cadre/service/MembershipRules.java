package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** What the Party Statute and common sense require of each membership step. */
@ApplicationScoped
public class MembershipRules {

    private final PersonAccess access;

    MembershipRules(PersonAccess access) {
        this.access = access;
    }

    /** Điều lệ Đảng, Điều 1: a citizen from eighteen years of age may be admitted. */
    static final int ADMISSION_AGE = 18;

    /** @return the person to admit, after every check of the admission passed */
    public Person admissible(AdmissionRequest r) {
        access.requireUnit("cellId", r.cellId());
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + "; record "
                    + "the CV first (POST /api/v1/persons).", List.of(new FieldError("personId", "is not a person on "
                    + "record")));
        }
        admissible(r, person);
        PartyMembership.currentOf(r.personId()).ifPresent(m -> {
            throw ProblemException.conflict("already-member", "Person " + r.personId() + " is already a party "
                    + "member (membership " + m.id + ", " + m.stage + "); record a transfer or a change instead.");
        });
        return person;
    }

    /**
     * The checks of an admission that need only the person, not yet written: for a person known to hold no
     * membership, such as one an import is creating in the same chunk.
     */
    public void admissible(AdmissionRequest r, Person person) {
        notInFuture("admittedOn", r.admittedOn());
        // A date of birth known only to the month or year: the person must be 18 even if born on its last day.
        LocalDate eighteenth = person.dateOfBirth().latest().plusYears(ADMISSION_AGE);
        if (r.admittedOn().isBefore(eighteenth)) {
            throw ProblemException.invalid("admittedOn", "the person (born " + person.dateOfBirth() + ") is under "
                    + ADMISSION_AGE + " on " + r.admittedOn() + "; the Party Statute admits from " + ADMISSION_AGE
                    + " years of age (at the earliest " + eighteenth + ")");
        }
        if (person.deathDate != null && !r.admittedOn().isBefore(person.deathDate)) {
            throw ProblemException.invalid("admittedOn", "is not before the person's date of death "
                    + person.deathDate);
        }
        List<FieldError> unknown = new ArrayList<>();
        knownUnit("cellId", r.cellId(), unknown);
        for (int i = 0; i < r.sponsors().size(); i++) {
            UUID sponsor = r.sponsors().get(i).personId();
            // Only persons the caller may reach: otherwise the answer would tell whether an id exists elsewhere.
            if (sponsor != null && access.find(sponsor) == null) {
                unknown.add(new FieldError("sponsors[" + i + "].personId", "is not a person on record in the org "
                        + "units you act for; leave it out (give the sponsor's name only) when the sponsor has no "
                        + "CV there"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "The admission refers to " + unknown.size()
                    + " unit(s) or person(s) that do not exist.", unknown);
        }
    }

    /** The cell exists in the org read model; 422 naming the field otherwise. */
    public void requireUnit(String field, UUID unitId) {
        List<FieldError> unknown = new ArrayList<>();
        knownUnit(field, unitId, unknown);
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "The cell does not exist.", unknown);
        }
    }

    /** Steps are recorded after the fact: a date in the future is a typing error. */
    public void notInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw ProblemException.invalid(field, "is in the future (today is " + LocalDate.now() + ")");
        }
    }

    public void notBeforeAdmission(String field, LocalDate date, PartyMembership m) {
        notInFuture(field, date);
        if (date.isBefore(m.admittedOn)) {
            throw ProblemException.invalid(field, "is before the admission on " + m.admittedOn);
        }
    }

    public void requireMember(PartyMembership m, String step) {
        if (m.stage == MembershipStage.LEFT) {
            throw ProblemException.conflict("membership-ended", "Membership " + m.id + " ended on " + m.leftOn
                    + " (" + m.leaveReason + "); " + step + " is no longer possible.");
        }
    }

    private static void knownUnit(String field, UUID unitId, List<FieldError> unknown) {
        if (OrgUnitView.findById(unitId) == null) {
            unknown.add(new FieldError(field, "is not an org unit known to this service; use the id of a party "
                    + "cell from org-service (GET /api/v1/org-units)"));
        }
    }
}
