package vn.tochuc.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void shouldGiveANameWithAndWithoutDiacriticsOrCaseTheSameSearchKey() {
        String key = VietnameseText.searchKey("Nguyễn Trung Hải");
        assertThat(key).isEqualTo("nguyen trung hai");
        assertThat(VietnameseText.searchKey("nguyen trung hai")).isEqualTo(key);
        assertThat(VietnameseText.searchKey("NGUYEN TRUNG HAI")).isEqualTo(key);
        assertThat(VietnameseText.searchKey("  Nguyễn   Trung\tHải ")).isEqualTo(key);
    }

    @Test
    void shouldFoldTheStrokedDToAPlainD() {
        assertThat(VietnameseText.searchKey("Lương Đức Minh")).isEqualTo("luong duc minh");
        assertThat(VietnameseText.searchKey("đảng ủy")).isEqualTo("dang uy");
    }

    @Test
    void shouldFoldLettersCarryingTwoMarks() {
        assertThat(VietnameseText.searchKey("Huyện")).isEqualTo("huyen");
        assertThat(VietnameseText.searchKey("Hội đồng")).isEqualTo("hoi dong");
        assertThat(VietnameseText.searchKey("Những")).isEqualTo("nhung");
    }

    @Test
    void shouldFoldOldAndNewTonePlacementAlike() {
        assertThat(VietnameseText.searchKey("Hoà")).isEqualTo(VietnameseText.searchKey("Hòa"));
        assertThat(VietnameseText.searchKey("Thuỷ")).isEqualTo(VietnameseText.searchKey("Thủy"));
    }

    @Test
    void shouldComposeDecomposedText() {
        String decomposed = Normalizer.normalize("Trần Việt Cường", Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan("Trần Việt Cường".length());
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Trần Việt Cường");
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo("tran viet cuong");
    }

    @Test
    void shouldLeaveNullAlone() {
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.searchKey(null)).isNull();
    }
}
