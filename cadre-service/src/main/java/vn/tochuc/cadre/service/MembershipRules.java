package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.Sponsor;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.rules.Rules;

/** What the Party Statute and common sense require of each membership step. */
@ApplicationScoped
public class MembershipRules {

    private final PersonAccess access;
    private final Rules rules;

    MembershipRules(PersonAccess access, Rules rules) {
        this.rules = rules;
        this.access = access;
    }

    /** Điều lệ Đảng, Điều 1: a citizen from eighteen years of age may be admitted. */

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
        requireAdmissionRule(r, person);
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

    public static final String ADMISSION_RULE = "cadre.admission";

    /**
     * The values of cadre.admission: age counted by whole months (from, and up to, inclusive; null: no upper
     * limit), and who may sponsor.
     */
    public record Admission(int minimumAgeMonths, Integer maximumAgeMonths, List<Sponsor.SponsorKind> sponsorKinds) {
    }

    /**
     * Age and sponsors by the rule cadre.admission in force on the admission day: old enough even if born on the
     * last day a partial date of birth allows; older than the limit only with a higher committee's approval;
     * sponsors of the kinds allowed, and a sponsor on record who is a member must be a full member that day.
     */
    private void requireAdmissionRule(AdmissionRequest r, Person person) {
        Rules.InForce<Admission> rule = rules.read(ADMISSION_RULE, r.admittedOn(), Admission.class);
        Admission a = rule.values();
        LocalDate ofAge = person.dateOfBirth().latest().plusMonths(a.minimumAgeMonths());
        if (r.admittedOn().isBefore(ofAge)) {
            throw ProblemException.invalid("admittedOn", "the person (born " + person.dateOfBirth() + ") is under "
                    + a.minimumAgeMonths() / 12 + " on " + r.admittedOn() + "; " + rule.citation().text()
                    + " admits from " + a.minimumAgeMonths() + " months of age (at the earliest " + ofAge + ")");
        }
        if (a.maximumAgeMonths() != null && !Boolean.TRUE.equals(r.approvedByHigherCommittee())) {
            // Over the limit once a whole month past it, counted from the latest possible birthday.
            LocalDate over = person.dateOfBirth().latest().plusMonths(a.maximumAgeMonths() + 1L);
            if (!r.admittedOn().isBefore(over)) {
                throw new ProblemException(422, "over-admission-age", "The person (born " + person.dateOfBirth()
                        + ") is over " + a.maximumAgeMonths() / 12 + " (" + a.maximumAgeMonths() + " months) on "
                        + r.admittedOn() + "; under " + rule.citation().text() + " their admission needs a higher "
                        + "committee's approval: send approvedByHigherCommittee true with that decision.",
                        List.of(new FieldError("approvedByHigherCommittee", "is required over "
                                + a.maximumAgeMonths() + " months of age")));
            }
        }
        List<FieldError> sponsors = new ArrayList<>();
        for (int i = 0; i < r.sponsors().size(); i++) {
            Sponsor sponsor = r.sponsors().get(i);
            if (a.sponsorKinds() != null && !a.sponsorKinds().contains(sponsor.kindOrMember())) {
                sponsors.add(new FieldError("sponsors[" + i + "].kind", "is not a sponsor allowed on "
                        + r.admittedOn() + " (" + a.sponsorKinds() + ")"));
            } else if (sponsor.kindOrMember() == Sponsor.SponsorKind.MEMBER && sponsor.personId() != null
                    && !PartyMembership.fullOn(sponsor.personId(), r.admittedOn())) {
                sponsors.add(new FieldError("sponsors[" + i + "].personId", "is not a full party member on "
                        + r.admittedOn() + "; a sponsor must be one that day"));
            }
        }
        if (!sponsors.isEmpty()) {
            throw new ProblemException(422, "sponsor-not-allowed", "The sponsors do not satisfy "
                    + rule.citation().text() + ": " + sponsors.size() + " of them cannot sponsor this admission.",
                    sponsors);
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
