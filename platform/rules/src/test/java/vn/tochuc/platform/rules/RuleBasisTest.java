package vn.tochuc.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleBasisTest {

    @Test
    void shouldCiteTheDocumentItsDateAndItsArticle() {
        assertThat(new RuleBasis("377-QĐ/TW", LocalDate.of(2025, 10, 8), "Điều 5", null).cite())
                .isEqualTo("377-QĐ/TW (2025-10-08), Điều 5");
    }

    @Test
    void shouldCiteADocumentWithoutDateOrArticleByItsNumberAlone() {
        assertThat(new RuleBasis("Điều lệ Đảng", null, " ", null).cite()).isEqualTo("Điều lệ Đảng");
    }

    @Test
    void shouldPublishEachServicesRulesOnItsOwnTopic() {
        assertThat(Rules.defaultTopic("cadre-service")).isEqualTo("tochuc.cadre.rule");
        assertThat(Rules.defaultTopic("org-service")).isEqualTo("tochuc.org.rule");
    }
}
