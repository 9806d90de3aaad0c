package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.rest.DisciplineRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** What a discipline decision must satisfy: a real subject, a form that fits it, sane dates, a known unit. */
@ApplicationScoped
public class DisciplineRules {

    private final DisciplineConfig config;
    private final PersonAccess access;

    DisciplineRules(DisciplineConfig config, PersonAccess access) {
        this.access = access;
        this.config = config;
    }

    /** @return the person disciplined, after every check passed */
    public Person decidable(DisciplineRequest r) {
        if (r.orgUnitId() != null) {
            access.requireUnit("orgUnitId", r.orgUnitId());
        }
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + ".",
                    List.of(new FieldError("personId", "is not a person on record")));
        }
        if (r.decision().number() == null || r.decision().number().isBlank()) {
            throw ProblemException.invalid("decision.number", "is required: the number of the decision (số quyết định)");
        }
        if (r.decision().issuer() == null || r.decision().issuer().isBlank()) {
            throw ProblemException.invalid("decision.issuer", "is required: the body that issued the decision");
        }
        LocalDate decided = r.decision().date();
        if (decided == null) {
            throw ProblemException.invalid("decision.date", "is required: the day the decision was signed");
        }
        if (decided.isAfter(LocalDate.now())) {
            throw ProblemException.invalid("decision.date", "is in the future (today is " + LocalDate.now() + ")");
        }
        if (r.effectiveOn().isBefore(decided)) {
            throw ProblemException.invalid("effectiveOn", "is before the decision's date " + decided);
        }
        if (r.barredUntil() != null && !r.barredUntil().isAfter(r.effectiveOn())) {
            throw ProblemException.invalid("barredUntil", "must be after effectiveOn " + r.effectiveOn());
        }
        if (r.orgUnitId() != null && OrgUnitView.findById(r.orgUnitId()) == null) {
            throw new ProblemException(422, "unknown-reference", "The org unit is not known to this service.",
                    List.of(new FieldError("orgUnitId", "is not an org unit known from org-service")));
        }
        requireFormFits(r, decided);
        return person;
    }

    /** The first day appointment is allowed again: the decision's own date, else the configured period. */
    public LocalDate barredUntil(DisciplineRequest r) {
        if (r.barredUntil() != null) {
            return r.barredUntil();
        }
        Integer months = config.barMonths().get(r.form().name());
        if (months == null) {
            throw new IllegalStateException("tochuc.discipline.bar-months." + r.form() + " is not configured");
        }
        return r.effectiveOn().plusMonths(months);
    }

    private static void requireFormFits(DisciplineRequest r, LocalDate decided) {
        boolean probationary = false;
        if (r.system() == DisciplineSystem.PARTY) {
            Optional<PartyMembership> membership = PartyMembership.currentOf(r.personId());
            if (membership.isEmpty()) {
                throw new ProblemException(422, "not-a-party-member", "Person " + r.personId() + " has no party "
                        + "membership in force; party discipline applies to members only. Use CIVIL_SERVICE, or "
                        + "record the membership first.", List.of(new FieldError("system", "the person is not a "
                        + "party member")));
            }
            probationary = membership.get().stage == MembershipStage.PROBATIONARY;
        }
        Set<DisciplineForm> allowed = DisciplineForm.allowedFor(r.system(), probationary, decided);
        if (!allowed.contains(r.form())) {
            String subject = r.system() == DisciplineSystem.PARTY
                    ? (probationary ? "a probationary party member" : "a party member")
                    : "a civil servant on " + decided;
            String why = r.system() == DisciplineSystem.CIVIL_SERVICE && !decided.isBefore(
                    DisciplineForm.CIVIL_SERVICE_REFORM) ? " (salary-step demotion and demotion are no longer issued "
                    + "since 2025-07-01; older records keep them)" : "";
            throw new ProblemException(422, "form-not-allowed", r.form() + " cannot be imposed on " + subject + why
                    + "; allowed forms: " + allowed + ".", List.of(new FieldError("form", "is not allowed for "
                    + subject)));
        }
    }
}
