package vn.tochuc.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese order: given name, middle name, surname; a < ă < â, d < đ, o < ô < ơ, u < ư; tones break ties. */
public class VietnameseSortKeyTest {

    /** Full names in the expected order, written surname first as Vietnamese do: {surname, middle, given}. */
    static final List<String[]> IN_ORDER = List.of(
            name("Lê", "Văn", "An"),
            name("Trần", "Thị", "Anh"),
            name("Trần", "Thị", "Ánh"),
            name("Nguyễn", "Văn", "Ân"),
            name("Vũ", "Đức", "Bình"),
            name("Trần", "Việt", "Cường"),
            name("Nguyễn", "Văn", "Dũng"),
            name("Lê", "Thành", "Đạt"),
            name("Dương", "Trung", "Hải"),
            name("Đỗ", "Trung", "Hải"),
            name("Nguyễn", "Trung", "Hải"),
            name("Nguyễn", "Văn", "Hải"),
            name("Lương", "Đức", "Minh"),
            name("Hoàng", "Thị", "Oanh"),
            name("Đỗ", "Văn", "Ổn"),
            name("Lê", "Văn", "Ơn"),
            name("Trần", "Thị", "Uyên"),
            name("Trần", "Văn", "Ưng"));

    /** Shared with the API test of the same order. */
    public static List<String[]> inOrder() {
        return IN_ORDER;
    }

    @Test
    void shouldSortByGivenNameThenMiddleNameThenSurnameInTheVietnameseAlphabet() {
        List<String[]> shuffled = new ArrayList<>(IN_ORDER);
        Collections.shuffle(shuffled, new java.util.Random(42));
        shuffled.sort(Comparator.comparing(VietnameseSortKeyTest::key));
        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void shouldPutEachModifiedVowelAfterItsBaseLetter() {
        assertOrder("A", "Ă", "Â", "B");
        assertOrder("D", "Đ", "E", "Ê", "G");
        assertOrder("O", "Ô", "Ơ", "P");
        assertOrder("U", "Ư", "V");
    }

    @Test
    void shouldUseTonesOnlyToBreakTiesInDictionaryOrder() {
        assertOrder("Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Hai");
        // Letters first: "Hạnh" (hanh) comes after "Hải" (hai) although nặng is the last tone.
        assertOrder("Hải", "Hạnh");
        // Across the whole name: every letter counts before any tone does.
        assertThat(key(name("Phạm", "Thị", "Ánh"))).isLessThan(key(name("Trần", "Thị", "Anh")));
    }

    @Test
    void shouldHandleLettersWithTwoMarks() {
        assertOrder("Lê", "Lễ", "Lệ");
        assertOrder("Hô", "Hồ", "Hộ", "Hơ");
        assertOrder("Huy", "Hưu", "Hữu");
        assertOrder("Nguyên", "Nguyễn", "Nguyệt");
    }

    @Test
    void shouldGiveOldAndNewTonePlacementTheSameKey() {
        assertThat(VietnameseSortKey.of("Hoà", null, "Lê")).isEqualTo(VietnameseSortKey.of("Hòa", null, "Lê"));
        assertThat(VietnameseSortKey.of("Thuỷ", "Thị", "Lê")).isEqualTo(VietnameseSortKey.of("Thủy", "Thị", "Lê"));
    }

    @Test
    void shouldGiveComposedAndDecomposedInputAndAnyCaseTheSameKey() {
        String decomposed = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);
        assertThat(VietnameseSortKey.of("Hải", "Trung", decomposed))
                .isEqualTo(VietnameseSortKey.of("hải", "TRUNG", "Nguyễn"));
    }

    @Test
    void shouldPutAShorterNameBeforeALongerOneThatStartsWithIt() {
        assertThat(key(name("Lê", "Văn", "An"))).isLessThan(key(name("Lê", "Văn", "Anh")));
        assertThat(key(name("Lê", "Văn", "Minh"))).isLessThan(key(name("Lê", "Văn Thành", "Minh")));
        assertThat(key(name("Lê", null, "Minh"))).isLessThan(key(name("Lê", "Văn", "Minh")));
    }

    private static void assertOrder(String... givenNames) {
        for (int i = 1; i < givenNames.length; i++) {
            assertThat(VietnameseSortKey.of(givenNames[i - 1], null, "X"))
                    .as("%s before %s", givenNames[i - 1], givenNames[i])
                    .isLessThan(VietnameseSortKey.of(givenNames[i], null, "X"));
        }
    }

    private static String key(String[] name) {
        return VietnameseSortKey.of(name[2], name[1], name[0]);
    }

    private static String[] name(String surname, String middle, String given) {
        return new String[] {surname, middle, given};
    }
}
