package vn.tochuc.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.RetirementAge.Schedule;

/** The roadmap's arithmetic, fed with the values of the seeded versions of cadre.retirement-age. */
class RetirementAgeTest {

    /** The Labour Code 2012 (art. 187) and the texts before it: 60 and 55 flat. */
    private static final RetirementAge LABOUR_CODE_2012 = flat(2013, 60 * 12, 55 * 12);
    /** The Labour Code 2019 (art. 169) and Decree 135/2020 (art. 4), in force from 2021-01-01. */
    private static final RetirementAge LABOUR_CODE_2019 = new RetirementAge(2021, Map.of(
            Sex.MALE, new Schedule(60 * 12 + 3, 3, 62 * 12), Sex.FEMALE, new Schedule(55 * 12 + 4, 4, 60 * 12)));

    private static RetirementAge seeded(YearMonth month) {
        return month.getYear() < 2021 ? LABOUR_CODE_2012 : LABOUR_CODE_2019;
    }

    private static YearMonth month(Sex sex, PartialDate born) {
        return RetirementAge.month(sex, born, RetirementAgeTest::seeded);
    }

    private static int monthsIn(Sex sex, int year) {
        return seeded(YearMonth.of(year, 12)).monthsIn(sex, year);
    }

    private static RetirementAge flat(int startYear, int men, int women) {
        return new RetirementAge(startYear, Map.of(Sex.MALE, new Schedule(men, 0, men), Sex.FEMALE,
                new Schedule(women, 0, women)));
    }

    @Test
    void menRetireAtSixtyYearsThreeMonthsIn2021RisingThreeMonthsAYearToSixtyTwoIn2028() {
        int[] expected = {60 * 12, 60 * 12 + 3, 60 * 12 + 6, 60 * 12 + 9, 61 * 12, 61 * 12 + 3, 61 * 12 + 6,
            61 * 12 + 9, 62 * 12, 62 * 12, 62 * 12};
        for (int year = 2020; year <= 2030; year++) {
            assertThat(monthsIn(Sex.MALE, year)).as("men in %d", year).isEqualTo(expected[year - 2020]);
        }
    }

    @Test
    void womenRetireAtFiftyFiveYearsFourMonthsIn2021RisingFourMonthsAYearToSixtyIn2035() {
        for (int year = 2021; year <= 2035; year++) {
            assertThat(monthsIn(Sex.FEMALE, year)).as("women in %d", year).isEqualTo(55 * 12 + 4 * (year - 2020));
        }
        assertThat(monthsIn(Sex.FEMALE, 2020)).isEqualTo(55 * 12);
        assertThat(monthsIn(Sex.FEMALE, 2035)).isEqualTo(60 * 12);
        assertThat(monthsIn(Sex.FEMALE, 2040)).isEqualTo(60 * 12);
    }

    @Test
    void theAgeIsTheOneOfTheYearItIsReachedIn() {
        // Born 01/1961: 60y3m in 04/2021, the 2021 age.
        assertThat(month(Sex.MALE, new PartialDate(1961, 1, 15))).isEqualTo(YearMonth.of(2021, 4));
        // Born 09/1961: 60y3m in 12/2021, still 2021.
        assertThat(month(Sex.MALE, new PartialDate(1961, 9, 30))).isEqualTo(YearMonth.of(2021, 12));
        // Born 10/1961: 60y3m would be 01/2022, but 2022 asks 60y6m: 04/2022.
        assertThat(month(Sex.MALE, new PartialDate(1961, 10, 1))).isEqualTo(YearMonth.of(2022, 4));
        // Born 03/1965: 61y6m in 09/2026.
        assertThat(month(Sex.MALE, new PartialDate(1965, 3, 14))).isEqualTo(YearMonth.of(2026, 9));
        // Born 1966 and after: 62 years flat.
        assertThat(month(Sex.MALE, new PartialDate(1970, 6, 2))).isEqualTo(YearMonth.of(2032, 6));
        // Women: born 05/1966 reach 55y4m in 09/2021, the 2021 age.
        assertThat(month(Sex.FEMALE, new PartialDate(1966, 5, 1))).isEqualTo(YearMonth.of(2021, 9));
        // Born 07/1968: 56y (the 2023 age) in 07/2024, but 2024 asks 56y4m: 11/2024.
        assertThat(month(Sex.FEMALE, new PartialDate(1968, 7, 20))).isEqualTo(YearMonth.of(2024, 11));
        // Born 1980 and after: 60 years flat.
        assertThat(month(Sex.FEMALE, new PartialDate(1980, 2, 29))).isEqualTo(YearMonth.of(2040, 2));
    }

    @Test
    void aYearOnlyBirthCountsFromTheFirstOfJanuaryAndTheDayOfBirthDoesNotMatter() {
        assertThat(month(Sex.MALE, new PartialDate(1964, null, null)))
                .isEqualTo(month(Sex.MALE, new PartialDate(1964, 1, 1)));
        assertThat(month(Sex.FEMALE, new PartialDate(1968, 7, null))).isEqualTo(YearMonth.of(2024, 11));
    }

    @Test
    void theRetirementsReachedBeforeTheRoadmapStartedAreJudgedByTheTextThenInForce() {
        // Born 12/1960: 60 in 12/2020, under the Labour Code 2012; a month later 2021 would have asked 60y3m.
        assertThat(month(Sex.MALE, new PartialDate(1960, 12, 1))).isEqualTo(YearMonth.of(2020, 12));
        assertThat(month(Sex.FEMALE, new PartialDate(1965, 12, null))).isEqualTo(YearMonth.of(2020, 12));
    }

    @Test
    void shouldMoveOnlyTheRetirementsReachedAfterANewVersionTakesEffect() {
        // A later text raising men to 63 from July 2030.
        RetirementAge raised = flat(2030, 63 * 12, 60 * 12);
        Function<YearMonth, RetirementAge> roadmap = m -> m.isBefore(YearMonth.of(2030, 7)) ? seeded(m) : raised;
        // 62 in 06/2030, the month before it takes effect: as before.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1968, 6, 1), roadmap))
                .isEqualTo(YearMonth.of(2030, 6));
        // 62 in 07/2030 under the old text, but 07/2030 asks 63: 07/2031.
        assertThat(month(Sex.MALE, new PartialDate(1968, 7, 1))).isEqualTo(YearMonth.of(2030, 7));
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1968, 7, 1), roadmap))
                .isEqualTo(YearMonth.of(2031, 7));
    }

    @Test
    void shouldRetireThoseAlreadyPastALoweredAgeInTheMonthItTakesEffect() {
        // A later text lowering men to 61 from January 2032: a man born 06/1970 is 61y7m then, and 62 only in 06/2032.
        RetirementAge lowered = flat(2032, 61 * 12, 60 * 12);
        Function<YearMonth, RetirementAge> roadmap = m -> m.getYear() < 2032 ? seeded(m) : lowered;
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1970, 6, 2), roadmap))
                .isEqualTo(YearMonth.of(2032, 1));
    }
}
