package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.repository.NameShares;
import vn.tochuc.platform.text.VietnameseText;

/**
 * A name search finds "part of a name" (the API's words): any piece of the folded text, from the middle of a word
 * too, whichever of its two ways PostgreSQL takes (the name-order walk or the index of the names' suffixes).
 */
@QuarkusTest
class PersonNameSuffixTest {

    @Inject
    EntityManager em;

    @Inject
    NameShares shares;

    @Test
    void shouldFindAPieceOfANameThatStartsAndEndsInsideWords() {
        String marker = marker();
        String hoa = create("Trần", "Thị", "Hoa", marker);
        String hoang = create("Trần", "Thị", "Hoàng", marker);
        String other = create("Trần", "Văn", "Hoa", marker);

        assertThat(ids("ran thi ho " + marker)).isEmpty(); // the marker follows " / ", not "ho"
        assertThat(ids("ran thi ho")).contains(hoa, hoang).doesNotContain(other);
        assertThat(ids("an thi hoa")).contains(hoa, hoang).doesNotContain(other);
        assertThat(ids("hi hoan")).contains(hoang).doesNotContain(hoa, other);
        assertThat(ids("oa / " + marker.substring(0, 5))).containsExactlyInAnyOrder(hoa, other);
    }

    @Test
    void shouldFindOtherNamesLongerThanTheIndexedPieces() {
        String marker = marker();
        String tail = " con ong giao duoc tiep nhan lai thanh pho ha noi ";
        String longName = create("Lý", "Thường", "Kiệt", marker + tail + "mot");
        String sameStart = create("Lý", "Thường", "Kiệt", marker + tail + "hai");

        // 32 characters are indexed per piece; a longer text is found by its first 32 and then checked whole
        assertThat(ids(marker + tail + "mot")).containsExactly(longName);
        assertThat(ids((marker + tail).substring(3) + "ha")).containsExactly(sameStart);
        assertThat(ids(marker + tail)).containsExactlyInAnyOrder(longName, sameStart);
    }

    @Test
    void shouldTakeQuotesBackslashesAndLikeWildcardsLiterally() {
        String marker = marker();
        String quoted = create("Nguyễn", "Văn", "An", marker + " o'neil \\ 50%_x");
        String plain = create("Nguyễn", "Văn", "An", marker + " oneil 50x");

        assertThat(ids(marker + " o'neil")).containsExactly(quoted);
        assertThat(ids("'neil \\ 5")).containsExactly(quoted);
        assertThat(ids(marker + " o'neil \\ 50%_x")).containsExactly(quoted);
        assertThat(ids(marker + " oneil 50")).containsExactly(plain);
        assertThat(ids("50%")).contains(quoted).doesNotContain(plain);
        assertThat(ids(marker.substring(2) + " o_neil")).isEmpty();
    }

    @Test
    void shouldMatchByTheSuffixIndexExactlyTheRowsTheLikeMatches() {
        String marker = marker();
        create("Đặng", "Thu", "Thuỷ", marker);
        create("Hoàng", "Minh", "Đức", marker + " ba / bon");
        create("Lê", "Thị Thu", "Hà", marker + " 'x\\y'");
        List<String> texts = List.of("a", "n", "thu", "u th", "dang thu thuy", "thuy / " + marker.substring(0, 4),
                "minh duc", "inh d", marker, marker.substring(3, 9), "ba / bon", "/ bon", "'x\\y'", "x\\y", "'",
                "\\", "%", "_", "a b c", marker + " ba / bon khong");
        for (String text : texts) {
            String folded = VietnameseText.searchKey(text);
            String pattern = "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            List<?> byLike = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select id from person where search_key like ?1 escape '!' order by id")
                    .setParameter(1, pattern).getResultList());
            List<?> bySuffixes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select id from person where person_name_suffixes(search_key) @@ person_name_query(?1) order by id")
                    .setParameter(1, folded).getResultList());
            assertThat(bySuffixes).as("the persons whose name contains '%s'", folded).isEqualTo(byLike);
        }
    }

    @Test
    void shouldAnswerThePageOfTheNameOrderWhicheverWayItIsRead() {
        String marker = marker();
        for (String[] name : List.of(new String[] {"Phan", "Văn", "Nam"}, new String[] {"Phan", "Thị", "Nga"},
                new String[] {"Vũ", "Ngọc", "Anh"}, new String[] {"Võ", "Anh", "Tuấn"})) {
            create(name[0], name[1], name[2], marker);
        }
        // Whatever ran before (alone, this class leaves a few dozen persons), "n" must be common enough for the walk:
        // the choice needs matches^2 >= 51 x rows / 7 (NameShares), so twenty more names with an "n" in them.
        for (int i = 0; i < 20; i++) {
            create("Nguyễn", "Văn", "Nam", "");
        }
        // "n" is in nearly every name: the walk reads the page; the marker is in four: the suffix index finds them
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze person").executeUpdate());
        shares.forget();
        assertThat(walkFirst("n")).isTrue();
        assertThat(walkFirst(marker)).isFalse();
        for (String q : List.of("n", "an", marker, "nga / " + marker, "phan")) {
            List<String> expected = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(id as text) from person where search_key like ?1 order by sort_key, id limit 7")
                    .setParameter(1, "%" + q + "%").getResultList()).stream().map(Object::toString).toList();
            assertThat(given().queryParam("q", q).queryParam("limit", 7).when().get(Persons.PATH).then()
                    .statusCode(200).extract().jsonPath().<String>getList("items.id")).as("q=%s", q)
                    .isEqualTo(expected);
        }
        // the second page continues after the first's last row, on either way
        for (String q : List.of("n", marker)) {
            List<String> all = new ArrayList<>();
            String token = null;
            do {
                var request = given().queryParam("q", q).queryParam("limit", 2);
                if (token != null) {
                    request.queryParam("pageToken", token);
                }
                var page = request.when().get(Persons.PATH).then().statusCode(200).extract().jsonPath();
                all.addAll(page.getList("items.id"));
                token = page.getString("nextPageToken");
            } while (token != null && all.size() < 8);
            List<String> expected = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(id as text) from person where search_key like ?1 order by sort_key, id limit ?2")
                    .setParameter(1, "%" + q + "%").setParameter(2, all.size()).getResultList()).stream()
                    .map(Object::toString).toList();
            assertThat(all).as("q=%s across pages", q).isEqualTo(expected);
        }
    }

    private boolean walkFirst(String q) {
        return QuarkusTransaction.requiringNew().call(() -> shares.walkFirst(em, q));
    }

    private static String create(String surname, String middle, String given, String otherNames) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.remove("nationalId");
        cv.put("otherNames", otherNames);
        return Persons.create(cv);
    }

    private static List<String> ids(String q) {
        return given().queryParam("q", q).queryParam("limit", 200).when().get(Persons.PATH).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    /** A word no real name contains, to keep one test's persons apart from the others'. */
    private static String marker() {
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            marker.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return marker.toString();
    }
}
