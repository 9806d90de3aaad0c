package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.platform.problem.ProblemException;

/** Refuses an appointment while a discipline decision bars it (không bổ nhiệm trong thời hạn kỷ luật). */
@ApplicationScoped
public class DisciplineBars {

    public void requireNotBarred(UUID personId, LocalDate day) {
        Discipline.barring(personId, day).ifPresent(d -> {
            throw ProblemException.conflict("barred-by-discipline", "Person " + personId + " is barred from "
                    + "appointment until " + d.barredUntil.minusDays(1) + " inclusive by discipline " + d.id + " ("
                    + d.form + ", effective " + d.effectiveOn + "); an appointment can start on " + d.barredUntil
                    + " at the earliest.");
        });
    }
}
