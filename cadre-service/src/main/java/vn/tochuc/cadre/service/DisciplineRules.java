package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.DisciplineRequest;
import vn.tochuc.cadre.rules.DisciplineRuleValues;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.rules.Rules;

/** What a discipline decision must satisfy: a real subject, a form that fits it, sane dates, a known unit. */
@ApplicationScoped
public class DisciplineRules {

    private final Rules rules;
    private final PersonAccess access;
    private final PersonMapper persons;

    DisciplineRules(Rules rules, PersonAccess access, PersonMapper persons) {
        this.persons = persons;
        this.access = access;
        this.rules = rules;
    }

    /** The person disciplined and the version of the forms rule that allows the form. */
    public record Decidable(Person person, UUID formRuleVersionId) {
    }

    /** @return the person disciplined and the forms rule that allowed the form, after every check passed */
    public Decidable decidable(DisciplineRequest r) {
        if (r.orgUnitId() != null) {
            access.requireUnit("orgUnitId", r.orgUnitId());
        }
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", ProblemText.of("unknown-person")
                    .with("id", r.personId())).field("personId", ProblemText.of("field.not-a-person"));
        }
        if (r.decision().number() == null || r.decision().number().isBlank()) {
            throw ProblemException.invalid("decision.number", ProblemText.of("field.decision-number"));
        }
        if (r.decision().issuer() == null || r.decision().issuer().isBlank()) {
            throw ProblemException.invalid("decision.issuer", ProblemText.of("field.decision-issuer"));
        }
        LocalDate decided = r.decision().date();
        if (decided == null) {
            throw ProblemException.invalid("decision.date", ProblemText.of("field.decision-date"));
        }
        if (decided.isAfter(LocalDate.now())) {
            throw ProblemException.invalid("decision.date", ProblemText.of("field.in-future")
                    .with("today", LocalDate.now()));
        }
        if (r.effectiveOn().isBefore(decided)) {
            throw ProblemException.invalid("effectiveOn", ProblemText.of("field.before-decision")
                    .with("date", decided));
        }
        if (r.barredUntil() != null && !r.barredUntil().isAfter(r.effectiveOn())) {
            throw ProblemException.invalid("barredUntil", ProblemText.of("field.after")
                    .with("other", "effectiveOn").with("date", r.effectiveOn()));
        }
        if (r.orgUnitId() != null && OrgUnitView.findById(r.orgUnitId()) == null) {
            throw new ProblemException(422, "unknown-reference", ProblemText.of("unknown-reference.unit"))
                    .field("orgUnitId", ProblemText.of("field.not-a-unit"));
        }
        return new Decidable(person, requireFormFits(r, decided));
    }

    /** The periods a decision bars, the rule version that set them and its citation. */
    public record Bar(LocalDate higherUntil, LocalDate equalUntil, UUID ruleVersionId, String basis) {

        /** The end of the longer window: the first day any post is allowed again. */
        public LocalDate barredUntil(LocalDate from) {
            LocalDate end = from;
            for (LocalDate d : new LocalDate[] {higherUntil, equalUntil}) {
                end = d != null && d.isAfter(end) ? d : end;
            }
            return end;
        }
    }

    /**
     * The periods the decision bars: by the version of cadre.discipline-bars.&lt;system&gt; in force on the decision's
     * date, counted from the day it takes effect; or, when the decision sets barredUntil itself, both windows to it.
     */
    public Bar bar(DisciplineRequest r) {
        if (r.barredUntil() != null) {
            return new Bar(r.barredUntil(), r.barredUntil(), null, "decision " + r.decision().number()
                    + " (its own end of the bar)");
        }
        Rules.InForce<DisciplineRuleValues.Bars> bars = rules.read(r.system().barsRule(), r.decision().date(),
                DisciplineRuleValues.Bars.class);
        DisciplineRuleValues.Window w = bars.values().forms() == null ? null : bars.values().forms().get(r.form());
        if (w == null) {
            return new Bar(null, null, bars.citation().versionId(), bars.citation().text());
        }
        String basis = bars.citation().text();
        if (w.toConfirm() && !bars.citation().toConfirm()) {
            basis += " (to confirm)";
        }
        return new Bar(w.higherMonths() == null ? null : r.effectiveOn().plusMonths(w.higherMonths()),
                w.equalOrHigherMonths() == null ? null : r.effectiveOn().plusMonths(w.equalOrHigherMonths()),
                bars.citation().versionId(), basis);
    }

    /**
     * The form must be one the rule cadre.discipline-forms.&lt;system&gt; in force on the decision's date allows for
     * the subject, and a form for post holders only (cách chức) needs a post held on the day it takes effect.
     *
     * @return the version of the forms rule that allowed it
     */
    private UUID requireFormFits(DisciplineRequest r, LocalDate decided) {
        boolean probationary = false;
        if (r.system() == DisciplineSystem.PARTY) {
            Optional<PartyMembership> membership = PartyMembership.currentOf(r.personId());
            if (membership.isEmpty()) {
                throw new ProblemException(422, "not-a-party-member", ProblemText.of("not-a-party-member")
                        .with("person", persons.nameOf(r.personId())))
                        .field("system", ProblemText.of("field.not-a-member"));
            }
            probationary = membership.get().stage == MembershipStage.PROBATIONARY;
        }
        Rules.InForce<DisciplineRuleValues.Forms> forms = rules.read(r.system().formsRule(), decided,
                DisciplineRuleValues.Forms.class);
        List<DisciplineForm> allowed = forms.values().forms(probationary);
        ProblemText subject = ProblemText.of(switch (r.system()) {
            case PARTY -> probationary ? "subject.probationary" : "subject.member";
            case CADRE -> "subject.cadre";
            case CIVIL_SERVICE -> "subject.civil-servant";
        });
        if (!allowed.contains(r.form())) {
            throw new ProblemException(422, "form-not-allowed", ProblemText.of("form-not-allowed")
                    .with("form", r.form()).with("subject", subject).with("date", decided)
                    .with("rule", forms.citation().text()).with("allowed", allowed))
                    .field("form", ProblemText.of("field.form-not-allowed").with("subject", subject)
                            .with("date", decided));
        }
        if (forms.values().onlyForPostHolders(r.form())
                && Appointment.heldOn(r.personId(), r.effectiveOn()).isEmpty()) {
            throw new ProblemException(422, "form-not-allowed", ProblemText.of("form-not-allowed.post")
                    .with("form", r.form()).with("person", persons.nameOf(r.personId()))
                    .with("date", r.effectiveOn()).with("rule", forms.citation().text()))
                    .field("form", ProblemText.of("field.form-needs-post"));
        }
        return forms.citation().versionId();
    }
}
