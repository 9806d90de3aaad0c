package vn.tochuc.cadre.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, to the month, or only to the year: old CVs often record only "1958" or "03/1962".
 * Written "1958", "1962-03" or "1962-03-14"; the precision is kept, never guessed up.
 */
public record PartialDate(int year, Integer month, Integer day) {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    /** @return the date, or empty when the text is not one of the three forms or names no real day */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date can mean: a date of death before it is impossible only if before the earliest. */
    public LocalDate latest() {
        if (day != null) {
            return earliest();
        }
        LocalDate first = earliest();
        return month != null ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
