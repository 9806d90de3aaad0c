package vn.tochuc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;

class RepresentationsTest {

    private static final MediaType SHEET =
            MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Test
    void shouldLetTheFormatParameterChooseWhateverAcceptSays() {
        assertThat(Representations.wantsXlsx("XLSX", null, SHEET)).isTrue();
        assertThat(Representations.wantsXlsx(" json ", null, SHEET)).isFalse();
    }

    @Test
    void shouldRefuseAFormatNoReportGives() {
        assertThatThrownBy(() -> Representations.wantsXlsx("pdf", null, SHEET))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("format"));
    }

    @Test
    void shouldTagTheTwoFormatsOfOneAnswerDifferentlyAndTheSameAnswerAlike() {
        byte[] json = "{\"total\":3}".getBytes(StandardCharsets.UTF_8);
        assertThat(Representations.digest(json, false)).isEqualTo(Representations.digest(json.clone(), false))
                .isNotEqualTo(Representations.digest(json, true)).isNotNegative();
    }
}
