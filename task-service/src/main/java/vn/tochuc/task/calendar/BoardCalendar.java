package vn.tochuc.task.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Board's calendar: deadlines are calendar days in Asia/Ho_Chi_Minh, so "today" (due today, overdue from
 * tomorrow) turns at local midnight, not at midnight UTC (07:00 there).
 */
@ApplicationScoped
public class BoardCalendar {

    private final ZoneId zone;
    private volatile Clock clock;

    BoardCalendar(@ConfigProperty(name = "tochuc.task.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.zone = zone;
        this.clock = Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The calendar day an instant falls on for the Board (an acceptance at 23:30 UTC counts for the next day). */
    public LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }

    /** For tests of schedules that depend on the date: the clock every later call reads. */
    public void useClock(Clock clock) {
        this.clock = clock.withZone(zone);
    }
}
