package vn.tochuc.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CCCD rules: 12 digits, a real province of birth registration, century/sex and year matching the CV. */
class NationalIdTest {

    @Test
    void shouldAcceptANumberMatchingAMaleBornIn1975InVinhPhuc() {
        assertThat(NationalId.problem("026075001234", Sex.MALE, 1975)).isEmpty();
    }

    @Test
    void shouldAcceptANumberMatchingAWomanBornIn2001InHanoi() {
        assertThat(NationalId.problem("001301000001", Sex.FEMALE, 2001)).isEmpty();
    }

    @Test
    void shouldReadTheTwentySecondCenturyDigits() {
        assertThat(NationalId.problem("079400000009", Sex.MALE, 2100)).isEmpty();
        assertThat(NationalId.problem("079500000009", Sex.FEMALE, 2100)).isEmpty();
    }

    @Test
    void shouldRefuseAWrongLength() {
        assertThat(NationalId.problem("02607500123", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("exactly 12 digits").contains("11 character"));
        assertThat(NationalId.problem("0260750012345", Sex.MALE, 1975)).isPresent();
    }

    @Test
    void shouldRefuseLettersAndSpaces() {
        assertThat(NationalId.problem("02607500123A", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("12 digits"));
        assertThat(NationalId.problem("026 75001234", Sex.MALE, 1975)).isPresent();
    }

    @Test
    void shouldRefuseAProvinceCodeThatDoesNotExist() {
        assertThat(NationalId.problem("003075001234", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("003").contains("not a province code"));
        assertThat(NationalId.problem("097075001234", Sex.MALE, 1975)).isPresent();
        assertThat(NationalId.problem("000075001234", Sex.MALE, 1975)).isPresent();
    }

    @Test
    void shouldAcceptEveryOneOfTheSixtyThreeProvinceCodes() {
        assertThat(NationalId.PROVINCES).hasSize(63).contains("001", "025", "026", "079", "096");
    }

    @Test
    void shouldRefuseASexDigitThatContradictsTheDeclaredSex() {
        assertThat(NationalId.problem("026175001234", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("4th digit").contains("female").contains("MALE"));
        assertThat(NationalId.problem("026075001234", Sex.FEMALE, 1975)).isPresent();
    }

    @Test
    void shouldRefuseABirthYearThatContradictsTheDateOfBirth() {
        assertThat(NationalId.problem("026080001234", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("1980").contains("1975"));
    }

    @Test
    void shouldRefuseACenturyDigitThatContradictsTheDateOfBirth() {
        // 2 = a man born in the 21st century: 2075, not 1975.
        assertThat(NationalId.problem("026275001234", Sex.MALE, 1975)).hasValueSatisfying(
                p -> assertThat(p).contains("2075"));
        assertThat(NationalId.problem("026001001234", Sex.MALE, 2001)).hasValueSatisfying(
                p -> assertThat(p).contains("1901"));
    }
}
