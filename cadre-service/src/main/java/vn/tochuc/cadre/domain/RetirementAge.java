package vn.tochuc.cadre.domain;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;

/**
 * One version of the statutory retirement age under normal working conditions, as the rule cadre.retirement-age
 * gives it: the year its roadmap starts, and for each sex the age in that year, the step it rises by each year after
 * and the age it stops at (months). The Labour Code 2019 (Điều 169) and Decree 135/2020/NĐ-CP (Điều 4): from 2021 men
 * 60 years 3 months rising 3 months a year to 62 in 2028, women 55 years 4 months rising 4 months a year to 60 in
 * 2035; the texts before it, 60 and 55 flat. The age is the one of the year in which it is reached, so a man born
 * 10/1961 is not 60y3m in 01/2022 (2022 asks 60y6m) and retires in 04/2022.
 *
 * <p>Retirement is the last day of the month the age is reached; the pension runs from the first day of the next
 * month (Điều 3.1-3.2). A date of birth known only by its year counts from 1 January (Điều 3.3); known to the
 * month, the day does not matter.
 */
public record RetirementAge(int startYear, Map<Sex, Schedule> ages) {

    /** The lowest and highest age a version may ask (the rule's values check refuses others): the search's bounds. */
    public static final int LOWEST_MONTHS = 50 * 12;
    public static final int HIGHEST_MONTHS = 75 * 12;

    /** The age in the roadmap's first year, the rise each year after it, and the age it rises to (months). */
    public record Schedule(int startMonths, int stepMonths, int capMonths) {
    }

    /** The retirement age in months for someone of {@code sex} reaching it in {@code year}. */
    public int monthsIn(Sex sex, int year) {
        Schedule s = ages.get(sex);
        int steps = Math.max(0, year - startYear); // startYear asks startMonths
        return Math.min(s.startMonths() + s.stepMonths() * steps, s.capMonths());
    }

    /**
     * The month in which the retirement age is reached, each month judged by the version in force in it
     * ({@code inForce}: the version in force on the month's last day, the day one would retire). A new version
     * therefore moves the retirement of those who reach their age after it takes effect, and of no one before.
     */
    public static YearMonth month(Sex sex, PartialDate born, Function<YearMonth, RetirementAge> inForce) {
        YearMonth birth = birthMonth(born);
        // From the lowest age any version may ask, each month is checked against the age of its own version and
        // year; the first month that qualifies is the one (the age reached only grows, month by month).
        YearMonth m = birth.plusMonths(LOWEST_MONTHS);
        while (monthsBetween(birth, m) < inForce.apply(m).monthsIn(sex, m.getYear())) {
            if (monthsBetween(birth, m) > HIGHEST_MONTHS) {
                throw new IllegalStateException("No retirement month found for " + sex + " born " + born + " up "
                        + "to the highest age a version may ask");
            }
            m = m.plusMonths(1);
        }
        return m;
    }

    private static YearMonth birthMonth(PartialDate born) {
        return YearMonth.of(born.year(), born.month() == null ? 1 : born.month());
    }

    private static int monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }
}
