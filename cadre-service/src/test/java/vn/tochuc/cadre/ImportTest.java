package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaTestTopics;

/** A file of good, bad and legacy-encoded rows: the good ones become records, each bad one is explained. */
@QuarkusTest
class ImportTest {

    static final List<String> HEADER = List.of("nationalId", "surname", "middleName", "givenName", "sex",
            "dateOfBirth", "ethnicityCode", "partyAdmittedOn", "partyCellId", "sponsor1", "sponsor2");

    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();

    @Test
    void shouldImportTheGoodRowsAndRejectEveryBadOrLegacyEncodedRowFieldByField() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Tư pháp").toString();
        String admitted = LocalDate.now().minusYears(2).toString();
        byte[] file = Imports.csv(HEADER, List.of(
                List.of(Persons.nationalId(true, 1975), "Quách", "Văn", "Thịnh", "MALE", "1975-03-14", "01", "", "",
                        "", ""),
                List.of(Persons.nationalId(false, 1990), "Âu", "Thị", "Huyền", "Nữ", "1990-05-02", "01", admitted,
                        cell, "Lương Đức Minh", "Trần Việt Cường"),
                List.of(Persons.nationalId(true, 1980), "Tạ", "Văn", "Khải", "FEMALE", "1980-01-01", "", "", "", "",
                        ""),
                List.of(Persons.nationalId(true, 1970), "NguyÔn", "V¨n", "Hïng", "MALE", "1970", "", "", "", "", ""),
                List.of(Persons.nationalId(true, 1971), "Nguyeãn", "Vaên", "Hoaøng", "MALE", "1971", "", "", "", "",
                        ""),
                List.of(Persons.nationalId(true, 1972), "Lê1", "Văn", "", "X", "1972", "", "", "", "", ""),
                List.of(Persons.nationalId(true, 1973), "Kha", "Văn", "Tám", "MALE", "1973", "99", "", "", "", ""),
                List.of(Persons.nationalId(true, 2015), "Phùng", "Thế", "Tài", "MALE", "2015-01-01", "01",
                        "2020-01-01", cell, "Lương Đức Minh", "Trần Việt Cường")));

        String id = Imports.post(Imports.CSV, file).statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString(Imports.PATH + "/"))
                .body("totalRows", equalTo(8)).extract().path("id");
        Map<String, Object> job = Imports.awaitFinished(id);

        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("rowsDone", 8)
                .containsEntry("created", 2).containsEntry("rejected", 6);
        List<Map<String, Object>> rejected = Imports.rows(id, "REJECTED");
        assertThat(rejected).extracting(r -> r.get("rowNumber")).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(problems(rejected.get(0))).containsKey("nationalId");
        assertThat(problems(rejected.get(1))).containsOnlyKeys("surname", "middleName", "givenName")
                .allSatisfy((field, why) -> assertThat(why).startsWith("looks TCVN3").contains("convert the file "
                        + "to Unicode"));
        assertThat(problems(rejected.get(2))).containsOnlyKeys("surname", "middleName", "givenName")
                .allSatisfy((field, why) -> assertThat(why).startsWith("looks VNI"));
        assertThat(problems(rejected.get(3))).containsOnlyKeys("surname", "givenName", "sex");
        assertThat((List<?>) rejected.get(3).get("problems")).as("one problem per field").hasSize(3);
        assertThat(problems(rejected.get(4))).containsOnlyKeys("ethnicityCode");
        assertThat(problems(rejected.get(5))).containsOnlyKeys("partyAdmittedOn");
        // The under-age admission undid its row: the person created before it was refused is not on record.
        given().queryParam("q", "phung the tai").when().get(Persons.PATH).then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("q", "quach van thinh").when().get(Persons.PATH).then().body("items.size()", equalTo(1));

        Map<String, Object> member = Imports.rows(id, "CREATED").get(1);
        assertThat(member).containsEntry("rowNumber", 3);
        String membership = (String) member.get("membershipId");
        given().when().get(Members.PATH + "/" + membership).then().statusCode(200)
                .body("personName", equalTo("Âu Thị Huyền")).body("stage", equalTo("PROBATIONARY"));
        List<ConsumerRecord<String, String>> events = kafka.readUntil("tochuc.cadre.member",
                r -> membership.equals(r.key()) && r.value().contains("member.admitted.v1"), Duration.ofSeconds(30));
        assertThat(events).as("the admission's event, published through the outbox").isNotEmpty();
    }

    @Test
    void shouldFindAnImportsRowsPageByPageAndRefuseAnUnknownStatus() {
        byte[] file = Imports.csv(HEADER.subList(0, 6), List.of(
                List.of("bad", "Mạc", "Văn", "Một", "MALE", "1975"),
                List.of("bad", "Mạc", "Văn", "Hai", "MALE", "1975"),
                List.of("bad", "Mạc", "Văn", "Ba", "MALE", "1975")));
        String id = Imports.run(Imports.CSV, file);
        String next = given().queryParam("limit", 2).when().get(Imports.PATH + "/" + id + "/rows").then()
                .statusCode(200).body("items.rowNumber", equalTo(List.of(2, 3))).extract().path("nextPageToken");
        given().queryParam("limit", 2).queryParam("pageToken", next).when().get(Imports.PATH + "/" + id + "/rows")
                .then().statusCode(200).body("items.rowNumber", equalTo(List.of(4)))
                .body("nextPageToken", org.hamcrest.Matchers.nullValue());
        given().queryParam("status", "LOST").when().get(Imports.PATH + "/" + id + "/rows").then().statusCode(400);
        given().when().get(Imports.PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> problems(Map<String, Object> row) {
        Map<String, String> byField = new java.util.LinkedHashMap<>();
        ((List<Map<String, String>>) row.get("problems")).forEach(p -> byField.put(p.get("field"), p.get("message")));
        return byField;
    }
}
