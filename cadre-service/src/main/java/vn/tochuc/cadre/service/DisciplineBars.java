package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.domain.PostLevel;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Refuses an appointment or a planning entry while a discipline decision bars it (không quy hoạch, bổ nhiệm trong
 * thời hạn kỷ luật). The one place the bar is enforced: appointment and planning differ only in the wording. Each
 * decision bars two windows (higher posts; equal or higher posts), set when it was decided by the rule version in
 * force on its date, and the refusal names that version.
 */
@ApplicationScoped
public class DisciplineBars {

    private final PersonMapper persons;

    DisciplineBars(PersonMapper persons) {
        this.persons = persons;
    }

    /** What the bar stops; the problem text (barred-by-discipline.appointment / .planning) words each. */
    public enum Purpose {
        APPOINTMENT,
        PLANNING
    }

    /**
     * The level of the post against the posts the person holds on the day: as the caller says, or HIGHER when the
     * person holds no post (anything is a step up) or the caller does not say (the strictest reading).
     */
    public static PostLevel levelOf(UUID personId, LocalDate day, PostLevel declared) {
        if (Appointment.heldOn(personId, day).isEmpty()) {
            return PostLevel.HIGHER;
        }
        return declared == null ? PostLevel.HIGHER : declared;
    }

    public void requireNotBarred(UUID personId, LocalDate day, PostLevel level) {
        requireNotBarred(personId, day, level, Purpose.APPOINTMENT);
    }

    public void requireNotBarred(UUID personId, LocalDate day, PostLevel level, Purpose purpose) {
        Discipline.barring(personId, day, level).ifPresent(d -> {
            LocalDate until = d.barredUntil(level);
            boolean equalFree = d.equalUntil == null || !d.equalUntil.isAfter(day);
            String instead = level == PostLevel.EQUAL ? "barred.instead.lower"
                    : equalFree ? "barred.instead.equal-or-lower" : "barred.instead.none";
            // Named, not numbered: the caller is placing this person and knows them by name.
            ProblemText detail = ProblemText.of("barred-by-discipline." + purpose.name().toLowerCase())
                    .with("person", persons.nameOf(personId))
                    .with("posts", ProblemText.of(level == PostLevel.HIGHER ? "barred.posts.higher"
                            : "barred.posts.equal"))
                    .with("lastDay", until.minusDays(1)).with("until", until).with("basis", d.barBasis)
                    .with("discipline", d.id).with("system", d.system).with("form", d.form)
                    .with("effective", d.effectiveOn).with("instead", ProblemText.of(instead));
            throw new ProblemException(409, "barred-by-discipline", detail);
        });
    }
}
