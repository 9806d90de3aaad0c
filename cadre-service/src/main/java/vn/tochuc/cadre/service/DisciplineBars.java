package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.domain.PostLevel;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Refuses an appointment or a planning entry while a discipline decision bars it (không quy hoạch, bổ nhiệm trong
 * thời hạn kỷ luật). The one place the bar is enforced: appointment and planning differ only in the wording. Each
 * decision bars two windows (higher posts; equal or higher posts), set when it was decided by the rule version in
 * force on its date, and the refusal names that version.
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
            String posts = level == PostLevel.HIGHER ? "a higher post" : "a post of equal level (or reappointment)";
            String instead = level == PostLevel.EQUAL ? ", or now to a lower post (postLevel LOWER)"
                    : equalFree ? ", or now to a post of equal or lower level (postLevel EQUAL or LOWER)" : "";
            throw new ProblemException(409, "barred-by-discipline", "Person " + personId + " is barred from "
                    + purpose.noun + " to " + posts + " until " + until.minusDays(1) + " inclusive under "
                    + d.barBasis + ", by discipline " + d.id + " (" + d.system + " " + d.form + ", effective "
                    + d.effectiveOn + "); " + purpose.earliest + " " + until + " at the earliest"
                    + (purpose == Purpose.APPOINTMENT ? instead : "") + ".");
        });
    }
}
