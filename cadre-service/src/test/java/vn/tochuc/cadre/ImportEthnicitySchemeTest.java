package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An import names the list its ethnicity codes come from; 1979 codes are stored as the 2008 codes of their groups. */
@QuarkusTest
class ImportEthnicitySchemeTest {

    private static final List<String> HEADER = List.of("nationalId", "surname", "givenName", "sex", "dateOfBirth",
            "ethnicityCode");

    @Test
    void shouldRefuseAFileWithEthnicityCodesThatDoesNotSayWhichListItUses() {
        byte[] file = Imports.csv(HEADER, List.of(List.of(Persons.nationalId(true, 1968), "Lục", "Sáu", "MALE",
                "1968", "04")));
        Imports.post(Imports.CSV, file, null).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/ethnicity-scheme-required"))
                .body("errors.field", hasItem("ethnicityScheme"));
        Imports.post(Imports.CSV, file, "1979").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ethnicityScheme"));
    }

    @Test
    void shouldImportAFileWithoutEthnicityCodesWithoutAList() {
        byte[] file = Imports.csv(HEADER.subList(0, 5), List.of(List.of(Persons.nationalId(true, 1967), "Lục",
                "Bảy", "MALE", "1967")));
        String id = Imports.post(Imports.CSV, file, null).statusCode(202).extract().path("id");
        Map<String, Object> job = Imports.awaitFinished(id);
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("created", 1);
        assertThat(job.get("ethnicityScheme")).isNull();
    }

    @Test
    void shouldStoreThe1979CodesAsThe2008CodesOfTheSameGroups() {
        // 1979: 04 Hoa, 06 Mường, 11 Ngái; 2008: 06 Hoa, 04 Mường, 43 Ngái.
        byte[] file = Imports.csv(HEADER, List.of(
                List.of(Persons.nationalId(true, 1961), "Lý", "Hoa", "MALE", "1961", "04"),
                List.of(Persons.nationalId(false, 1962), "Đinh", "Mường", "FEMALE", "1962", "6"),
                List.of(Persons.nationalId(true, 1963), "Voòng", "Ngái", "MALE", "1963", "11"),
                List.of(Persons.nationalId(true, 1964), "Sai", "Mã", "MALE", "1964", "77")));
        String id = Imports.post(Imports.CSV, file, "QD_121_1979").statusCode(202)
                .body("ethnicityScheme", equalTo("QD_121_1979")).extract().path("id");
        Map<String, Object> job = Imports.awaitFinished(id);
        assertThat(job).containsEntry("created", 3).containsEntry("rejected", 1);

        List<Map<String, Object>> created = Imports.rows(id, "CREATED");
        List<String> stored = created.stream().map(row -> given().when().get(Persons.PATH + "/" + row.get("personId"))
                .then().statusCode(200).extract().<String>path("ethnicityCode")).toList();
        assertThat(stored).containsExactly("06", "04", "43");
        assertThat(ImportTest.problems(Imports.rows(id, "REJECTED").get(0))).containsOnlyKeys("ethnicityCode");
    }

    @Test
    void shouldImportByANewCrosswalkVersionFromItsDayAndLeaveEarlierImportsAsStored() {
        String rule = "cadre.ethnicity-codes";
        Map<String, Object> values = given().when().get(Rules.PATH + "/" + rule).then().statusCode(200)
                .extract().path("inForce.values");
        @SuppressWarnings("unchecked")
        Map<String, String> crosswalk = new HashMap<>((Map<String, String>) ((Map<String, Object>) values
                .get("crosswalks")).get("QD_121_1979"));
        String thirty = crosswalk.get("30");
        String thirtyOne = crosswalk.get("31");
        String before = imported1979("Mươi", "30", 1958);

        // A correction from today: codes 30 and 31 of the 1979 list swap the groups they stand for.
        crosswalk.put("30", thirtyOne);
        crosswalk.put("31", thirty);
        Map<String, Object> corrected = new HashMap<>(values);
        corrected.put("crosswalks", Map.of("QD_121_1979", crosswalk));
        Rules.add(rule, Rules.etag(rule), Rules.version(LocalDate.now().toString(), corrected)).statusCode(201);
        String after = imported1979("Mốt", "30", 1959);

        assertThat(storedCode(after)).isEqualTo(thirtyOne);
        assertThat(storedCode(before)).as("stored by the import before the new version").isEqualTo(thirty);
    }

    /** A person imported from a 1979-coded file; returns the person's id. */
    private static String imported1979(String given, String code, int born) {
        byte[] file = Imports.csv(HEADER, List.of(List.of(Persons.nationalId(true, born), "Lò", given, "MALE",
                String.valueOf(born), code)));
        String id = Imports.post(Imports.CSV, file, "QD_121_1979").statusCode(202).extract().path("id");
        assertThat(Imports.awaitFinished(id)).containsEntry("created", 1);
        return String.valueOf(Imports.rows(id, "CREATED").get(0).get("personId"));
    }

    private static String storedCode(String personId) {
        return given().when().get(Persons.PATH + "/" + personId).then().statusCode(200).extract()
                .path("ethnicityCode");
    }
}
