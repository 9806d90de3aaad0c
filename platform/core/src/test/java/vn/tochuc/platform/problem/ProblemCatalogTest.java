package vn.tochuc.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemCatalogTest {

    enum Verdict {
        GUILTY,
        ACQUITTED
    }

    @Test
    void shouldHaveEveryPlatformTextInBothLanguages() {
        assertThat(ProblemCatalog.inconsistencies()).isEmpty();
    }

    @Test
    void shouldWriteDatesIsoInEnglishAndDayMonthYearInVietnamese() {
        ProblemText text = ProblemText.of("field.after").with("other", "startDate").with("date",
                LocalDate.of(2027, 11, 24));

        assertThat(text.english()).isEqualTo("must be after startDate 2027-11-24");
        assertThat(text.vietnamese()).isEqualTo("phải sau startDate 24/11/2027");
    }

    @Test
    void shouldLabelEnumValuesInVietnameseBesideTheValuesToSendAndKeepTheirNamesInEnglish() {
        ProblemText text = ProblemText.of("field.one-of").with("values", List.of(Verdict.values()));

        assertThat(text.english()).isEqualTo("must be one of GUILTY, ACQUITTED");
        assertThat(text.vietnamese()).isEqualTo("phải là một trong các giá trị GUILTY (có tội), ACQUITTED (vô tội)");
        assertThat(ProblemText.of("field.activity-unchanged-test").with("x", Verdict.GUILTY).vietnamese())
                .isEqualTo("field.activity-unchanged-test");
        assertThat(ProblemCatalog.format(Verdict.GUILTY, true)).isEqualTo("có tội");
        assertThat(ProblemCatalog.format(Verdict.GUILTY, false)).isEqualTo("GUILTY");
    }

    @Test
    void shouldNameWhatWasNotFoundInTheCallersLanguage() {
        UUID id = UUID.fromString("0d4f7a3c-8a51-4c1e-b0a4-6b3e2f1d9c01");
        ProblemException e = ProblemException.notFound("org unit", id);

        assertThat(e.detail(false)).isEqualTo("No org unit has id " + id + ".");
        assertThat(e.detail(true)).isEqualTo("Không tìm thấy đơn vị có mã " + id + ".");
    }

    @Test
    void shouldGiveFieldMessagesInBothLanguages() {
        ProblemException e = ProblemException.invalid("asOf", ProblemText.of("field.date"));

        assertThat(e.errors(false)).extracting(Problem.FieldError::message)
                .containsExactly("must be a date written YYYY-MM-DD, e.g. 2025-07-01");
        assertThat(e.errors(true)).extracting(Problem.FieldError::message)
                .containsExactly("phải là ngày dạng YYYY-MM-DD, ví dụ 2025-07-01");
        assertThat(e.detail(true)).isEqualTo("Yêu cầu có trường không hợp lệ: asOf.");
    }

    @Test
    void shouldFindTheLabelsOfAnEnumFromItsValuesAlone() {
        assertThat(ProblemCatalog.labels(List.of("ACQUITTED", "GUILTY"))).containsEntry("GUILTY", "có tội");
        assertThat(ProblemCatalog.labels(List.of("GUILTY"))).isNull();
    }
}
