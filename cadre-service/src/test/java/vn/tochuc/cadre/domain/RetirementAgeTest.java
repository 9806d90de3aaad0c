package vn.tochuc.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RetirementAgeTest {

    @Test
    void menRetireAtSixtyYearsThreeMonthsIn2021RisingThreeMonthsAYearToSixtyTwoIn2028() {
        int[] expected = {60 * 12, 60 * 12 + 3, 60 * 12 + 6, 60 * 12 + 9, 61 * 12, 61 * 12 + 3, 61 * 12 + 6,
            61 * 12 + 9, 62 * 12, 62 * 12, 62 * 12};
        for (int year = 2020; year <= 2030; year++) {
            assertThat(RetirementAge.monthsIn(Sex.MALE, year)).as("men in %d", year).isEqualTo(expected[year - 2020]);
        }
    }

    @Test
    void womenRetireAtFiftyFiveYearsFourMonthsIn2021RisingFourMonthsAYearToSixtyIn2035() {
        for (int year = 2021; year <= 2035; year++) {
            assertThat(RetirementAge.monthsIn(Sex.FEMALE, year)).as("women in %d", year)
                    .isEqualTo(55 * 12 + 4 * (year - 2020));
        }
        assertThat(RetirementAge.monthsIn(Sex.FEMALE, 2020)).isEqualTo(55 * 12);
        assertThat(RetirementAge.monthsIn(Sex.FEMALE, 2035)).isEqualTo(60 * 12);
        assertThat(RetirementAge.monthsIn(Sex.FEMALE, 2040)).isEqualTo(60 * 12);
    }

    @Test
    void theAgeIsTheOneOfTheYearItIsReachedIn() {
        // Born 01/1961: 60y3m in 04/2021, the 2021 age.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1961, 1, 15))).isEqualTo(YearMonth.of(2021, 4));
        // Born 09/1961: 60y3m in 12/2021, still 2021.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1961, 9, 30))).isEqualTo(YearMonth.of(2021, 12));
        // Born 10/1961: 60y3m would be 01/2022, but 2022 asks 60y6m: 04/2022.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1961, 10, 1))).isEqualTo(YearMonth.of(2022, 4));
        // Born 03/1965: 61y6m in 09/2026.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1965, 3, 14))).isEqualTo(YearMonth.of(2026, 9));
        // Born 1966 and after: 62 years flat.
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1970, 6, 2))).isEqualTo(YearMonth.of(2032, 6));
        // Women: born 05/1966 reach 55y4m in 09/2021, the 2021 age.
        assertThat(RetirementAge.month(Sex.FEMALE, new PartialDate(1966, 5, 1))).isEqualTo(YearMonth.of(2021, 9));
        // Born 07/1968: 56y (the 2023 age) in 07/2024, but 2024 asks 56y4m: 11/2024.
        assertThat(RetirementAge.month(Sex.FEMALE, new PartialDate(1968, 7, 20))).isEqualTo(YearMonth.of(2024, 11));
        // Born 1980 and after: 60 years flat.
        assertThat(RetirementAge.month(Sex.FEMALE, new PartialDate(1980, 2, 29))).isEqualTo(YearMonth.of(2040, 2));
    }

    @Test
    void retirementIsTheLastDayOfTheMonthAndAYearOnlyBirthCountsFromTheFirstOfJanuary() {
        assertThat(RetirementAge.retiresOn(Sex.MALE, new PartialDate(1961, 1, 15))).isEqualTo(LocalDate.of(2021, 4,
                30));
        assertThat(RetirementAge.month(Sex.MALE, new PartialDate(1964, null, null)))
                .isEqualTo(RetirementAge.month(Sex.MALE, new PartialDate(1964, 1, 1)));
        assertThat(RetirementAge.month(Sex.FEMALE, new PartialDate(1968, 7, null))).isEqualTo(YearMonth.of(2024, 11));
    }
}
