package vn.tochuc.task.congress;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days are Monday to Friday. Public holidays are not counted out: a lead time is a minimum, and a holiday
 * inside it only means the Board starts earlier (docs/decisions.md, "Congresses 2025-2030").
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The working day {@code days} working days before {@code day}: 5 before a Monday is the Monday before. */
    static LocalDate before(LocalDate day, int days) {
        LocalDate d = day;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
