package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The national ID is the key: the same file twice changes nothing, a changed cell updates the record in place. */
@QuarkusTest
class ImportRerunTest {

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Tài chính").toString();
        byte[] file = Imports.csv(ImportTest.HEADER, List.of(
                List.of(Persons.nationalId(true, 1968), "Đàm", "Quang", "Vinh", "MALE", "1968-07-20", "01",
                        LocalDate.now().minusYears(20).toString(), cell, "Lương Đức Minh", "Trần Việt Cường"),
                List.of(Persons.nationalId(false, 1985), "Khúc", "Thị", "Yến", "FEMALE", "1985", "04", "", "", "",
                        "")));
        String first = Imports.run(Imports.CSV, file);
        List<Map<String, Object>> created = Imports.rows(first, "CREATED");
        assertThat(created).hasSize(2);

        String again = Imports.run(Imports.CSV, file);

        assertThat(Imports.job(again)).containsEntry("unchanged", 2).containsEntry("created", 0)
                .containsEntry("updated", 0);
        List<Map<String, Object>> unchanged = Imports.rows(again, "UNCHANGED");
        assertThat(unchanged).extracting(r -> r.get("personId"))
                .containsExactlyElementsOf(created.stream().map(r -> r.get("personId")).toList());
        assertThat(unchanged.get(0).get("membershipId")).isEqualTo(created.get(0).get("membershipId"));
        String person = (String) created.get(1).get("personId");
        given().when().get(Persons.PATH + "/" + person).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(Persons.PATH + "/" + person + "/audit").then().body("size()", equalTo(1));
        given().queryParam("q", "dam quang vinh").when().get(Persons.PATH).then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldUpdateARecordThroughItsVersionWhenACellChangedAndKeepWhatTheFileDoesNotName() {
        String nationalId = Persons.nationalId(true, 1979);
        String first = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER.subList(0, 7),
                List.of(List.of(nationalId, "Ông", "Văn", "Bảy", "MALE", "1979-02-02", "01"))));
        String person = (String) Imports.rows(first, "CREATED").get(0).get("personId");

        String second = Imports.run(Imports.CSV, Imports.csv(List.of("nationalId", "surname", "givenName", "sex",
                "dateOfBirth", "ethnicityCode"), List.of(
                        List.of(nationalId, "Ông", "Bảy", "MALE", "1979-02-02", "04"),
                        List.of(nationalId, "Ông", "Bảy", "MALE", "1979-02-02", "04"))));

        assertThat(Imports.rows(second, null)).extracting(r -> r.get("status"))
                .containsExactly("UPDATED", "UNCHANGED");
        given().when().get(Persons.PATH + "/" + person).then().statusCode(200).header("ETag", "\"1\"")
                .body("ethnicityCode", equalTo("04")).body("birthName.middleName", equalTo("Văn"));
        given().when().get(Persons.PATH + "/" + person + "/audit").then().body("size()", equalTo(2))
                .body("[1].changes.ethnicityCode.to", equalTo("04"));
    }

    @Test
    void shouldCommitProgressInBatchesAndRunFilesAskedForAtTheSameTimeWithoutDuplicates() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            rows.add(List.of(Persons.nationalId(i % 2 == 0, 1960 + i % 40), "Lạc", "Văn", "Số" + letters(i),
                    i % 2 == 0 ? "MALE" : "FEMALE", String.valueOf(1960 + i % 40)));
        }
        byte[] file = Imports.csv(ImportTest.HEADER.subList(0, 6), rows);
        String first = Imports.post(Imports.CSV, file).statusCode(202).body("totalRows", equalTo(1_100))
                .extract().path("id");
        String second = Imports.post(Imports.CSV, file).statusCode(202).body("status", equalTo("QUEUED"))
                .extract().path("id");

        Set<Integer> seen = new TreeSet<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Map<String, Object> job = Imports.job(first);
                    seen.add((Integer) job.get("rowsDone"));
                    return job.get("status").equals("SUCCEEDED");
                });
        Imports.awaitFinished(second);

        assertThat(seen).as("progress moves by whole committed batches").isSubsetOf(0, 500, 1_000, 1_100)
                .contains(1_100);
        assertThat(Imports.job(first)).containsEntry("created", 1_100).containsEntry("rowsDone", 1_100);
        assertThat(Imports.job(second)).containsEntry("status", "SUCCEEDED").containsEntry("unchanged", 1_100)
                .containsEntry("created", 0);
    }

    /** Given names of letters only, as the API requires: 0 → "a", 27 → "bb". */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
