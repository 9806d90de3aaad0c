package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.EventCatalog;

/** A membership from admission to leaving: each step changes the record, is kept in history and published. */
@QuarkusTest
class PartyMemberTest {

    private static final String TOPIC = "tochuc.cadre.member";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();

    @Test
    void shouldAdmitAProbationaryMemberDueForFullMembershipTwelveMonthsLater() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Tổ chức Tỉnh ủy");
        String person = Members.person("Nguyễn", "Thanh", "Tùng");
        LocalDate admitted = LocalDate.now().minusMonths(14);
        String id = Members.admit(Members.admission(person, cell, admitted)).statusCode(201)
                .header("ETag", "\"0\"")
                .body("stage", equalTo("PROBATIONARY")).body("activity", equalTo("ACTIVE"))
                .body("personName", equalTo("Nguyễn Thanh Tùng"))
                .body("cellId", equalTo(cell.toString()))
                .body("fullMembershipDueOn", equalTo(admitted.plusMonths(12).toString()))
                .body("sponsors", hasSize(2)).body("admissionDecision.number", equalTo("125-QĐ/ĐU"))
                .extract().path("id");

        JsonNode event = awaitEvent(id, "vn.tochuc.cadre.member.admitted.v1");
        assertThat(event.at("/data/personId").asText()).isEqualTo(person);
        assertThat(event.at("/data/current/stage").asText()).isEqualTo("PROBATIONARY");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        EventCatalog.assertDescribes(event);
        assertThat(EventCatalog.catalog().at("/channels/member/address").asText()).isEqualTo(TOPIC);
        given().header("If-None-Match", "\"0\"").when().get(Members.PATH + "/" + id).then().statusCode(304);
    }

    @Test
    void shouldRefuseAnAdmissionOneDayBeforeEighteenCountedByMonth() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Hội Cựu chiến binh tỉnh");
        String person = Members.person("Vương", "Văn", "Lão"); // born 1990-09-02
        Map<String, Object> young = Members.admission(person, cell, LocalDate.of(2008, 9, 1));
        Members.admit(young).statusCode(400).body("errors.field", hasItem("admittedOn"))
                .body("errors.message", hasItem(containsString("216 months")));
    }

    @Test
    void shouldRefuseASponsorWhoIsNotAFullMemberOnTheAdmissionDay() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Đoàn Thanh niên tỉnh");
        String probationary = Members.person("Vương", "Thị", "Mới");
        Members.admit(Members.admission(probationary, cell, LocalDate.now().minusMonths(3))).statusCode(201);
        Map<String, Object> admission = Members.admission(Members.person("Vương", "Văn", "Trẻ"), cell,
                LocalDate.now().minusDays(1));
        admission.put("sponsors", List.of(Map.of("fullName", "Vương Thị Mới", "personId", probationary),
                Map.of("fullName", "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh", "kind", "YOUTH_UNION")));
        Members.admit(admission).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/sponsor-not-allowed"))
                .body("errors.field", equalTo(List.of("sponsors[0].personId")));
        admission.put("sponsors", List.of(Map.of("fullName", "Lương Đức Minh"),
                Map.of("fullName", "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh", "kind", "YOUTH_UNION")));
        Members.admit(admission).statusCode(201).body("sponsors[1].kind", equalTo("YOUTH_UNION"));
    }

    @Test
    void shouldDateFullMembershipFromTheEndOfProbationWhenTheCellDecidesLater() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Nội chính Tỉnh ủy");
        LocalDate admitted = LocalDate.now().minusMonths(14);
        LocalDate due = admitted.plusMonths(12);
        String id = Members.admit(Members.admission(Members.person("Đỗ", "Thị", "Hằng"), cell, admitted))
                .statusCode(201).body("fullMembershipDueOn", equalTo(due.toString())).extract().path("id");
        Map<String, Object> decision = Map.of("number", "9-NQ/CB", "issuer", "Chi bộ Ban Nội chính",
                "date", due.plusDays(20).toString());
        Members.step(id, "recognition", 0, Map.of("recognisedOn", due.plusDays(20).toString(), "decision", decision))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/full-membership-date"))
                .body("errors.field", equalTo(List.of("recognisedOn")))
                .body("detail", containsString("full membership dates from " + due));
        Members.step(id, "recognition", 0, Map.of("decision", decision)).statusCode(200)
                .body("stage", equalTo("FULL")).body("fullMembershipOn", equalTo(due.toString()));
    }

    @Test
    void shouldRecogniseFullMembershipOnlyOnceTheProbationIsOver() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Văn phòng Tỉnh ủy");
        LocalDate admitted = LocalDate.now().minusMonths(13);
        String id = Members.admit(Members.admission(Members.person("Lê", "Thị", "Hoa"), cell, admitted))
                .statusCode(201).extract().path("id");
        Members.step(id, "recognition", 0, Map.of("recognisedOn", admitted.plusMonths(12).minusDays(1).toString()))
                .statusCode(422).body("type", equalTo("https://tochuc.vn/problems/full-membership-date"));
        Members.step(id, "recognition", 0, Map.of("decision", Map.of("number", "5-NQ/CB", "issuer", "Chi bộ",
                "date", admitted.plusMonths(12).minusDays(1).toString())))
                .statusCode(422).body("type", equalTo("https://tochuc.vn/problems/probation-not-over"));
        Members.step(id, "recognition", 0, Map.of("recognisedOn", admitted.plusMonths(12).toString(),
                "cardNumber", "26012345")).statusCode(200).header("ETag", "\"1\"")
                .body("stage", equalTo("FULL")).body("cardNumber", equalTo("26012345"))
                .body("fullMembershipOn", equalTo(admitted.plusMonths(12).toString()));
        EventCatalog.assertDescribes(awaitEvent(id, "vn.tochuc.cadre.member.recognised.v1"));
        Members.step(id, "recognition", 1, Map.of("recognisedOn", LocalDate.now().toString())).statusCode(409);
    }

    @Test
    void shouldTransferChangeActivityAndLeaveKeepingEveryStep() {
        UUID home = OrgUnits.unit(null, "Chi bộ Tam Dương");
        UUID temporary = OrgUnits.unit(null, "Chi bộ Học viện Chính trị");
        UUID next = OrgUnits.unit(null, "Chi bộ Vĩnh Yên");
        LocalDate admitted = LocalDate.now().minusYears(3);
        String id = Members.admit(Members.admission(Members.person("Phạm", "Văn", "Đông"), home, admitted))
                .statusCode(201).extract().path("id");
        String day = LocalDate.now().minusDays(10).toString();
        Members.step(id, "transfers", 0, Map.of("kind", "TEMPORARY", "toCellId", temporary.toString(),
                "effectiveOn", day)).statusCode(200)
                .body("cellId", equalTo(home.toString())).body("temporaryCellId", equalTo(temporary.toString()));
        JsonNode moved = awaitEvent(id, "vn.tochuc.cadre.member.transferred.v1");
        assertThat(moved.at("/data/transferKind").asText()).isEqualTo("TEMPORARY");
        assertThat(moved.at("/data/fromCellId").asText()).isEqualTo(home.toString());
        EventCatalog.assertDescribes(moved);
        Members.step(id, "transfers", 1, Map.of("kind", "PERMANENT", "toCellId", next.toString(),
                "effectiveOn", day)).statusCode(200)
                .body("cellId", equalTo(next.toString())).body("temporaryCellId", nullValue());
        Members.step(id, "activity", 2, Map.of("activity", "EXEMPTED", "effectiveOn", day,
                "reason", "Tuổi cao, sức yếu")).statusCode(200).body("activity", equalTo("EXEMPTED"));
        EventCatalog.assertDescribes(awaitEvent(id, "vn.tochuc.cadre.member.activity-changed.v1"));
        Members.step(id, "leaving", 3, Map.of("reason", "DECEASED", "effectiveOn", day)).statusCode(200)
                .body("stage", equalTo("LEFT")).body("leaveReason", equalTo("DECEASED"))
                .body("leftOn", equalTo(day));
        JsonNode left = awaitEvent(id, "vn.tochuc.cadre.member.left.v1");
        assertThat(left.at("/data/leaveReason").asText()).isEqualTo("DECEASED");
        EventCatalog.assertDescribes(left);

        Members.step(id, "activity", 4, Map.of("activity", "ACTIVE", "effectiveOn", day)).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/membership-ended"));
        given().when().get(Members.PATH + "/" + id + "/history").then().statusCode(200)
                .body("step", equalTo(List.of("ADMITTED", "TRANSFERRED", "TRANSFERRED", "ACTIVITY_CHANGED", "LEFT")))
                .body("[0].actor", equalTo("to-chuc-dang"))
                .body("[3].details.reason", equalTo("Tuổi cao, sức yếu"));
    }

    @Test
    void shouldAdmitAFormerMemberAgainButNotACurrentOne() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Sở Nội vụ");
        String person = Members.person("Vũ", "Hồng", "Nhung");
        LocalDate admitted = LocalDate.now().minusYears(5);
        String first = Members.admit(Members.admission(person, cell, admitted)).statusCode(201).extract().path("id");
        Members.admit(Members.admission(person, cell, admitted.plusYears(1))).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-member"));
        Members.step(first, "leaving", 0, Map.of("reason", "ALLOWED_TO_LEAVE",
                "effectiveOn", admitted.plusYears(2).toString())).statusCode(200);
        Members.admit(Members.admission(person, cell, admitted.plusYears(4))).statusCode(201);
    }

    private JsonNode awaitEvent(String membershipId, String type) {
        List<ConsumerRecord<String, String>> read = kafka.readUntil(TOPIC,
                r -> membershipId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
        assertThat(read).as("a %s event for %s", type, membershipId).isNotEmpty();
        try {
            return JSON.readTree(read.get(read.size() - 1).value());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
