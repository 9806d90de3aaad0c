package vn.tochuc.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates of birth known to the day, the month or only the year keep their precision. */
class PartialDateTest {

    @Test
    void shouldReadTheThreeFormsWithTheirPrecision() {
        assertThat(PartialDate.parse("1975-03-14")).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(PartialDate.Precision.DAY);
            assertThat(d).hasToString("1975-03-14");
        });
        assertThat(PartialDate.parse("1962-03")).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(d.earliest()).isEqualTo(LocalDate.of(1962, 3, 1));
            assertThat(d.latest()).isEqualTo(LocalDate.of(1962, 3, 31));
        });
        assertThat(PartialDate.parse("1958")).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(PartialDate.Precision.YEAR);
            assertThat(d).hasToString("1958");
            assertThat(d.latest()).isEqualTo(LocalDate.of(1958, 12, 31));
        });
    }

    @Test
    void shouldRefuseDaysThatDoNotExistAndOtherForms() {
        assertThat(PartialDate.parse("1975-02-30")).isEmpty();
        assertThat(PartialDate.parse("1975-13")).isEmpty();
        assertThat(PartialDate.parse("14/03/1975")).isEmpty();
        assertThat(PartialDate.parse("75")).isEmpty();
        assertThat(PartialDate.parse("1975-3-14")).isEmpty();
    }
}
