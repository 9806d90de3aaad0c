package vn.tochuc.cadre.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

    @Test
    void shouldSendTheHeaderRowTheApiDocumentShowsAsItsExample() {
        assertThat(new String(ImportTemplate.csv(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + ImportTemplate.CSV_EXAMPLE);
    }
}
