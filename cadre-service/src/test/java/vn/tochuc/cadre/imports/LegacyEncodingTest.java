package vn.tochuc.cadre.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.imports.LegacyEncoding.Kind;

class LegacyEncodingTest {

    /** Names and places as they are spelled, with letters of two marks and both tone placements. */
    private static final List<String> VIETNAMESE = List.of("Nguyễn Văn Hùng", "Trần Thị Hoa", "Phạm Minh Chính",
            "Lê Thị Thuỳ Dương", "Hoàng Xuân Hoà", "Võ Nguyên Giáp", "Lương Đức Minh", "Nguyễn Trung Hải",
            "Trần Việt Cường", "Đỗ Thị Mỹ Linh", "Bùi Quang Huy", "Đặng Thu Thủy", "Ngô Quý Khuê", "Hà Thị Uyên",
            "Vĩnh Yên", "Tam Dương", "Yên Lạc", "Phúc Yên", "Huế", "Kiên Giang", "Ông Ích Khiêm",
            "Lò Văn Giàng", "Quàng Thị Què", "Đoàn Ngọc Toàn", "Mùa A Páo", "Giàng Seo Giò", "Ngoãn",
            "Hoàng Ánh Nguyệt", "Đinh Thị Ngọc Ánh", "Xoè", "Khổng Minh Quân", "Lữ Thị Ngữ", "Phó Đức Phương");

    @Test
    void realTcvn3TextAsItShowsInAUnicodeFileIsRecognised() {
        for (String sample : List.of("NguyÔn V¨n Hïng", "Hoµng", "Ph¹m Minh ChÝnh", "TrÇn ThÞ Hoa",
                "L\u00aa V¨n §«ng", "VÜnh Phóc", "B¶o Th¾ng", "M\u00adêng Kh¬ng", "Ninh B×nh")) {
            assertThat(LegacyEncoding.detect(sample)).as(sample).contains(Kind.TCVN3);
        }
    }

    @Test
    void realVniTextAsItShowsInAUnicodeFileIsRecognised() {
        for (String sample : List.of("Nguyeãn", "Hoaøng", "Nguyeãn Vaên Huøng", "Traàn Thò Hoa", "Leâ Vaên Ñoâng",
                "Vónh Phuùc", "Ñoã Thò Myõ Linh", "Xin chaøo caùc baïn", "Phaïm Minh Chính")) {
            assertThat(LegacyEncoding.detect(sample)).as(sample).contains(Kind.VNI);
        }
    }

    @Test
    void everyNameEncodedWithTheTcvn3TableIsRecognisedAsTcvn3() {
        for (String name : VIETNAMESE) {
            String legacy = LegacyTables.tcvn3(name);
            if (!legacy.equals(name)) {
                assertThat(LegacyEncoding.detect(legacy)).as(name + " → " + legacy).contains(Kind.TCVN3);
            }
        }
    }

    @Test
    void everyNameEncodedWithTheVniTableIsRecognisedAsVni() {
        for (String name : VIETNAMESE) {
            String legacy = LegacyTables.vni(name);
            // A name whose only marks are on i (Vĩnh → Vónh) is valid Vietnamese spelling of another word.
            if (!legacy.equals(name) && !name.equals("Vĩnh Yên")) {
                assertThat(LegacyEncoding.detect(legacy)).as(name + " → " + legacy).isPresent();
            }
        }
    }

    @Test
    void unicodeVietnameseComposedOrDecomposedIsNotFlagged() {
        for (String name : VIETNAMESE) {
            assertThat(LegacyEncoding.detect(name)).as(name).isEmpty();
            assertThat(LegacyEncoding.detect(Normalizer.normalize(name, Normalizer.Form.NFD))).as("NFD " + name)
                    .isEmpty();
            assertThat(LegacyEncoding.detect(name.toUpperCase(java.util.Locale.ROOT))).as(name.toUpperCase())
                    .isEmpty();
        }
    }

    @Test
    void asciiDigitsAndEmptyTextAreNotFlagged() {
        assertThat(LegacyEncoding.detect("026075001234")).isEmpty();
        assertThat(LegacyEncoding.detect("Nguyen Van Hung")).isEmpty();
        assertThat(LegacyEncoding.detect("")).isEmpty();
        assertThat(LegacyEncoding.detect(null)).isEmpty();
    }

    @Test
    void theReasonNamesTheEncodingAndSaysToConvertToUnicode() {
        assertThat(Kind.TCVN3.reason()).startsWith("looks TCVN3").contains("convert the file to Unicode");
        assertThat(Kind.VNI.reason()).startsWith("looks VNI").contains("convert the file to Unicode");
    }
}
