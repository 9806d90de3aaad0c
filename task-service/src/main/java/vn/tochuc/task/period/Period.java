package vn.tochuc.task.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * A reporting period, written as the Board's reports name them: {@code 2024-Q1} (quý I), {@code 2024-H1}
 * (6 tháng đầu năm), {@code 2024} (năm). Its code is its identity in the database and in the APIs.
 */
public record Period(PeriodKind kind, int year, int number) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:-(Q[1-4]|H[12]))?$");

    public Period {
        int max = switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (year < 1930 || year > 2200 || number < 1 || number > max) {
            throw new IllegalArgumentException("No " + kind + " number " + number + " in " + year);
        }
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period half(int year, int half) {
        return new Period(PeriodKind.HALF_YEAR, year, half);
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, year, 1);
    }

    /** Parses a period code given in {@code field}; a 400 says how periods are written. */
    public static Period parse(String field, String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, ProblemText.of("field.period"));
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (year < 1930 || year > 2200) {
            throw ProblemException.invalid(field, ProblemText.of("field.year-range"));
        }
        if (part == null) {
            return year(year);
        }
        int n = part.charAt(1) - '0';
        return part.charAt(0) == 'Q' ? quarter(year, n) : half(year, n);
    }

    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case YEAR -> Integer.toString(year);
        };
    }

    public LocalDate start() {
        return switch (kind) {
            case QUARTER -> LocalDate.of(year, 3 * (number - 1) + 1, 1);
            case HALF_YEAR -> LocalDate.of(year, 6 * (number - 1) + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        return switch (kind) {
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case HALF_YEAR -> start().plusMonths(6).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** Whether the period lies within the years of a term such as 2020-2025 (from its first to its last year). */
    public boolean within(int firstYear, int lastYear) {
        return year >= firstYear && year <= lastYear;
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return code();
    }
}
