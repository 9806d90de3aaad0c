package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.Sponsor;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.rules.Rules;

/** What the Party Statute and common sense require of each membership step. */
@ApplicationScoped
public class MembershipRules {

    private final PersonAccess access;
    private final Rules rules;
    private final PersonMapper persons;

    MembershipRules(PersonAccess access, Rules rules, PersonMapper persons) {
        this.persons = persons;
        this.rules = rules;
        this.access = access;
    }

    /** Điều lệ Đảng, Điều 1: a citizen from eighteen years of age may be admitted. */

    /** @return the person to admit, after every check of the admission passed */
    public Person admissible(AdmissionRequest r) {
        access.requireUnit("cellId", r.cellId());
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", ProblemText.of("unknown-person")
                    .with("id", r.personId())).field("personId", ProblemText.of("field.not-a-person"));
        }
        admissible(r, person);
        PartyMembership.currentOf(r.personId()).ifPresent(m -> {
            throw ProblemException.conflict("already-member", ProblemText.of("already-member")
                    .with("person", persons.nameOf(r.personId())).with("membership", m.id).with("stage", m.stage));
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
            throw ProblemException.invalid("admittedOn", ProblemText.of("field.before-death")
                    .with("date", person.deathDate));
        }
        List<Map.Entry<String, ProblemText>> unknown = new ArrayList<>();
        knownUnit("cellId", r.cellId(), unknown);
        for (int i = 0; i < r.sponsors().size(); i++) {
            UUID sponsor = r.sponsors().get(i).personId();
            // Only persons the caller may reach: otherwise the answer would tell whether an id exists elsewhere.
            if (sponsor != null && access.find(sponsor) == null) {
                unknown.add(field("sponsors[" + i + "].personId", ProblemText.of("field.not-a-reachable-sponsor")));
            }
        }
        if (!unknown.isEmpty()) {
            throw withFields(new ProblemException(422, "unknown-reference", ProblemText.of(
                    "unknown-reference.admission").with("count", unknown.size())), unknown);
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
            throw ProblemException.invalid("admittedOn", ProblemText.of("field.under-admission-age")
                    .with("born", person.dateOfBirth()).with("years", a.minimumAgeMonths() / 12)
                    .with("date", r.admittedOn()).with("rule", rule.citation().text())
                    .with("months", a.minimumAgeMonths()).with("earliest", ofAge));
        }
        if (a.maximumAgeMonths() != null && !Boolean.TRUE.equals(r.approvedByHigherCommittee())) {
            // Over the limit once a whole month past it, counted from the latest possible birthday.
            LocalDate over = person.dateOfBirth().latest().plusMonths(a.maximumAgeMonths() + 1L);
            if (!r.admittedOn().isBefore(over)) {
                throw new ProblemException(422, "over-admission-age", ProblemText.of("over-admission-age")
                        .with("born", person.dateOfBirth()).with("years", a.maximumAgeMonths() / 12)
                        .with("months", a.maximumAgeMonths()).with("date", r.admittedOn())
                        .with("rule", rule.citation().text()))
                        .field("approvedByHigherCommittee", ProblemText.of("field.higher-approval")
                                .with("months", a.maximumAgeMonths()));
            }
        }
        List<Map.Entry<String, ProblemText>> sponsors = new ArrayList<>();
        for (int i = 0; i < r.sponsors().size(); i++) {
            Sponsor sponsor = r.sponsors().get(i);
            if (a.sponsorKinds() != null && !a.sponsorKinds().contains(sponsor.kindOrMember())) {
                sponsors.add(field("sponsors[" + i + "].kind", ProblemText.of("field.sponsor-kind")
                        .with("date", r.admittedOn()).with("kinds", a.sponsorKinds())));
            } else if (sponsor.kindOrMember() == Sponsor.SponsorKind.MEMBER && sponsor.personId() != null
                    && !PartyMembership.fullOn(sponsor.personId(), r.admittedOn())) {
                sponsors.add(field("sponsors[" + i + "].personId", ProblemText.of("field.sponsor-not-full")
                        .with("date", r.admittedOn())));
            }
        }
        if (!sponsors.isEmpty()) {
            throw withFields(new ProblemException(422, "sponsor-not-allowed", ProblemText.of("sponsor-not-allowed")
                    .with("rule", rule.citation().text()).with("count", sponsors.size())), sponsors);
        }
    }

    /** The cell exists in the org read model; 422 naming the field otherwise. */
    public void requireUnit(String field, UUID unitId) {
        List<Map.Entry<String, ProblemText>> unknown = new ArrayList<>();
        knownUnit(field, unitId, unknown);
        if (!unknown.isEmpty()) {
            throw withFields(new ProblemException(422, "unknown-reference",
                    ProblemText.of("unknown-reference.cell")), unknown);
        }
    }

    /** Steps are recorded after the fact: a date in the future is a typing error. */
    public void notInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw ProblemException.invalid(field, ProblemText.of("field.in-future").with("today", LocalDate.now()));
        }
    }

    public void notBeforeAdmission(String field, LocalDate date, PartyMembership m) {
        notInFuture(field, date);
        if (date.isBefore(m.admittedOn)) {
            throw ProblemException.invalid(field, ProblemText.of("field.before-admission").with("date", m.admittedOn));
        }
    }

    /** @param step the catalog key of the step (step.recognition, step.transfer, ...) */
    public void requireMember(PartyMembership m, String step) {
        if (m.stage == MembershipStage.LEFT) {
            throw ProblemException.conflict("membership-ended", ProblemText.of("membership-ended")
                    .with("person", persons.nameOf(m.personId)).with("date", m.leftOn).with("reason", m.leaveReason)
                    .with("step", ProblemText.of(step)));
        }
    }

    /** A field error of several collected before the refusal: the field and its message. */
    private static Map.Entry<String, ProblemText> field(String name, ProblemText message) {
        return Map.entry(name, message);
    }

    private static ProblemException withFields(ProblemException e, List<Map.Entry<String, ProblemText>> fields) {
        fields.forEach(f -> e.field(f.getKey(), f.getValue()));
        return e;
    }

    private static void knownUnit(String field, UUID unitId, List<Map.Entry<String, ProblemText>> unknown) {
        if (OrgUnitView.findById(unitId) == null) {
            unknown.add(field(field, ProblemText.of("field.not-a-cell")));
        }
    }
}
