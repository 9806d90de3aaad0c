package vn.tochuc.cadre.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The statutory retirement age under normal working conditions (Bộ luật Lao động 2019, Điều 169; Nghị định
 * 135/2020/NĐ-CP, Điều 4): from 2021 men 60 years 3 months, rising 3 months a year to 62 in 2028; women 55 years 4
 * months, rising 4 months a year to 60 in 2035. The age is the one of the year in which it is reached, so a man
 * born 10/1961 is not 60y3m in 01/2022 (2022 asks 60y6m) and retires in 04/2022.
 *
 * <p>Retirement is the last day of the month the age is reached; the pension runs from the first day of the next
 * month (Điều 3.1-3.2). A date of birth known only by its year counts from 1 January (Điều 3.3); known to the
 * month, the day does not matter.
 */
public final class RetirementAge {

    private static final int ROADMAP_START = 2021;

    private RetirementAge() {
    }

    /** The retirement age in months for someone reaching it in {@code year}. */
    public static int monthsIn(Sex sex, int year) {
        int steps = Math.max(0, year - ROADMAP_START + 1); // 2021 is the first step
        return sex == Sex.MALE ? 60 * 12 + Math.min(3 * steps, 24) : 55 * 12 + Math.min(4 * steps, 60);
    }

    /** The month in which the retirement age is reached. */
    public static YearMonth month(Sex sex, PartialDate born) {
        YearMonth birth = YearMonth.of(born.year(), born.month() == null ? 1 : born.month());
        // The earliest candidate is the lowest age of the roadmap; each month after it is checked against the age
        // of its own year. The roadmap rises slower than time, so the first month that qualifies is the one.
        YearMonth m = birth.plusMonths(monthsIn(sex, ROADMAP_START - 1));
        while (monthsBetween(birth, m) < monthsIn(sex, m.getYear())) {
            m = m.plusMonths(1);
        }
        return m;
    }

    /** The day of retirement: the last day of the month the age is reached. */
    public static LocalDate retiresOn(Sex sex, PartialDate born) {
        return month(sex, born).atEndOfMonth();
    }

    private static int monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }
}
