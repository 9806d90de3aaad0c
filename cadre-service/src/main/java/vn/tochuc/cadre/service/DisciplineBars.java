package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Refuses an appointment or a planning entry while a discipline decision bars it (không quy hoạch, bổ nhiệm trong
 * thời hạn kỷ luật). The one place the bar is enforced: appointment and planning differ only in the wording.
 */
@ApplicationScoped
public class DisciplineBars {

    /** What the bar stops, in the words of the problem detail. */
    public enum Purpose {
        APPOINTMENT("appointment", "an appointment can start on"),
        PLANNING("planning", "the person can be planned on");

        final String noun;
        final String earliest;

        Purpose(String noun, String earliest) {
            this.noun = noun;
            this.earliest = earliest;
        }
    }

    public void requireNotBarred(UUID personId, LocalDate day) {
        requireNotBarred(personId, day, Purpose.APPOINTMENT);
    }

    public void requireNotBarred(UUID personId, LocalDate day, Purpose purpose) {
        Discipline.barring(personId, day).ifPresent(d -> {
            throw ProblemException.conflict("barred-by-discipline", "Person " + personId + " is barred from "
                    + purpose.noun + " until " + d.barredUntil.minusDays(1) + " inclusive by discipline " + d.id
                    + " (" + d.form + ", effective " + d.effectiveOn + "); " + purpose.earliest + " "
                    + d.barredUntil + " at the earliest.");
        });
    }
}
