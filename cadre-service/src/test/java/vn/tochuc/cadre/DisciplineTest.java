package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.EventCatalog;

/** Discipline decisions: forms that fit the subject, the bar on appointment, removal from post, the register. */
@QuarkusTest
class DisciplineTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 5);

    @Test
    void shouldBarAppointmentForTheConfiguredPeriodAndSayUntilWhen() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Văn phòng Tỉnh ủy");
        String person = Disciplines.member("Phan", "Văn", "Khải", cell);
        String id = Disciplines.decide(Disciplines.request(person, "PARTY", "REPRIMAND", DECIDED, cell))
                .statusCode(201).header("ETag", "\"0\"")
                .body("form", equalTo("REPRIMAND")).body("barredFrom", equalTo("2026-01-10"))
                .body("barredUntil", equalTo("2028-01-10")).body("personName", equalTo("Phan Văn Khải"))
                .body("higherPostsBarredUntil", equalTo("2028-01-10")).body("equalPostsBarredUntil", equalTo("2027-01-10"))
                .body("barBasis", containsString("377-QĐ/TW"))
                .extract().path("id");

        Appointments.start(Appointments.request(person, cell, "APPOINTED", LocalDate.of(2026, 6, 1)))
                .statusCode(409).body("type", equalTo("https://tochuc.vn/problems/barred-by-discipline"))
                .body("detail", containsString("until 2028-01-09"));
        Appointments.start(Appointments.request(person, cell, "APPOINTED", LocalDate.of(2028, 1, 10)))
                .statusCode(201);

        JsonNode event = awaitDecided(id);
        EventCatalog.assertDescribes(event);
        assertThat(EventCatalog.catalog().at("/channels/discipline/address").asText()).isEqualTo(Disciplines.TOPIC);
        assertThat(event.at("/data/barredUntil").asText()).isEqualTo("2028-01-10");
        assertThat(event.at("/data/reason").isMissingNode()).as("the confidential reason is not published").isTrue();
        given().header("If-None-Match", "\"0\"").when().get(Disciplines.PATH + "/" + id).then().statusCode(304);
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("find { it.action == 'DISCIPLINE_DECIDED' }.actor", equalTo("uy-ban-kiem-tra"));
    }

    @Test
    void shouldAllowOnlyReprimandAndWarningForAProbationaryMember() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Sở Tài chính");
        String person = Disciplines.member("Võ", "Thị", "Sáu", cell);
        for (String form : List.of("REMOVAL_FROM_POST", "EXPULSION", "DISMISSAL")) {
            Disciplines.decide(Disciplines.request(person, "PARTY", form, DECIDED, cell)).statusCode(422)
                    .body("type", equalTo("https://tochuc.vn/problems/form-not-allowed"))
                    .body("detail", containsString("probationary"));
        }
        Disciplines.decide(Disciplines.request(person, "PARTY", "WARNING", DECIDED, cell)).statusCode(201)
                .body("barredUntil", equalTo("2029-01-10"));
    }

    @Test
    void shouldNoLongerIssueDemotionsToCivilServantsButKeepOlderOnesReadable() {
        UUID unit = OrgUnits.unit(null, "Sở Nội vụ");
        String person = Members.person("Hoàng", "Văn", "Thụ");
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "DEMOTION", LocalDate.of(2025, 7, 1), unit))
                .statusCode(422).body("detail", containsString("172/2025/NĐ-CP"));
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "SALARY_STEP_DEMOTION",
                LocalDate.of(2025, 8, 1), unit)).statusCode(422);
        String old = Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "SALARY_STEP_DEMOTION",
                LocalDate.of(2024, 5, 2), unit)).statusCode(201).extract().path("id");
        given().when().get(Disciplines.PATH + "/" + old).then().statusCode(200)
                .body("form", equalTo("SALARY_STEP_DEMOTION")).body("system", equalTo("CIVIL_SERVICE"));
        Disciplines.decide(Disciplines.request(person, "PARTY", "REPRIMAND", DECIDED, unit)).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/not-a-party-member"));
    }

    @Test
    void shouldEndEveryAppointmentOnRemovalFromPostAndLetTheCadreBeReArranged() {
        UUID unit = OrgUnits.unit(null, "UBND huyện Tam Dương");
        UUID other = OrgUnits.unit(null, "Phòng Nội vụ huyện Tam Dương");
        String person = Members.person("Đinh", "Công", "Tráng");
        String chair = Appointments.started(Appointments.request(person, unit, "APPOINTED", LocalDate.of(2021, 3, 1)));
        String party = Appointments.started(Appointments.request(person, unit, "ELECTED", LocalDate.of(2020, 10, 20)));

        Map<String, Object> removal = Disciplines.request(person, "CIVIL_SERVICE", "REMOVAL_FROM_POST", DECIDED, unit);
        String id = Disciplines.decide(removal).statusCode(201).body("endedAppointmentIds", hasSize(2))
                .body("barredUntil", equalTo("2028-01-10")).extract().path("id");

        for (String appointment : List.of(chair, party)) {
            given().when().get(Appointments.PATH + "/" + appointment).then().statusCode(200)
                    .body("endDate", equalTo("2026-01-10")).body("endReason", equalTo("REMOVED_BY_DISCIPLINE"))
                    .body("endDecision.number", equalTo("12-QĐ/UBKTTU"));
            JsonNode ended = Appointments.awaitEvent(appointment, "vn.tochuc.cadre.appointment.ended.v1");
            assertThat(ended.at("/data/reason").asText()).isEqualTo("REMOVED_BY_DISCIPLINE");
            EventCatalog.assertDescribes(ended);
        }
        assertThat(awaitDecided(id).at("/data/endedAppointmentIds").size()).isEqualTo(2);

        // Bố trí lại sau kỷ luật: allowed during the bar, unlike an ordinary appointment.
        Appointments.start(Appointments.request(person, other, "APPOINTED", LocalDate.of(2026, 2, 1)))
                .statusCode(409);
        Appointments.start(Appointments.request(person, other, "REARRANGED", LocalDate.of(2026, 2, 1)))
                .statusCode(201).body("kind", equalTo("REARRANGED"));
        given().queryParam("personId", person).queryParam("open", "true").when().get(Appointments.PATH).then()
                .statusCode(200).body("items.kind", equalTo(List.of("REARRANGED")));
    }

    @Test
    void shouldListTheDisciplineRegisterOfAUnitAndTheUnitsBelowIt() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Lập Thạch");
        UUID commune = OrgUnits.unit(district, "Đảng ủy xã Xuân Hòa");
        UUID elsewhere = OrgUnits.unit(null, "Huyện ủy Sông Lô");
        String a = Members.person("Kiều", "Văn", "An");
        String b = Members.person("Kiều", "Thị", "Bình");
        String c = Members.person("Kiều", "Văn", "Cơ");
        Disciplines.decide(Disciplines.request(a, "CIVIL_SERVICE", "WARNING", LocalDate.of(2025, 9, 1), district))
                .statusCode(201);
        Disciplines.decide(Disciplines.request(b, "CIVIL_SERVICE", "REPRIMAND", LocalDate.of(2025, 10, 1), commune))
                .statusCode(201);
        Disciplines.decide(Disciplines.request(b, "CIVIL_SERVICE", "REPRIMAND", LocalDate.of(2024, 10, 1), commune))
                .statusCode(201);
        Disciplines.decide(Disciplines.request(c, "CIVIL_SERVICE", "WARNING", LocalDate.of(2025, 9, 1), elsewhere))
                .statusCode(201);

        given().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("orgUnitId", district.toString()).when().get(Disciplines.PATH).then().statusCode(200)
                .body("total", equalTo(2)).body("byForm.WARNING", equalTo(1)).body("byForm.REPRIMAND", equalTo(1))
                .body("items.personName", equalTo(List.of("Kiều Văn An", "Kiều Thị Bình")))
                .body("items.orgUnitName", equalTo(List.of("Huyện ủy Lập Thạch", "Đảng ủy xã Xuân Hòa")));
        given().queryParam("from", "2025-12-31").queryParam("to", "2025-01-01").when().get(Disciplines.PATH).then()
                .statusCode(400).body("errors.field", equalTo(List.of("to")));
        given().queryParam("from", "2025-13-01").when().get(Disciplines.PATH).then().statusCode(400);
    }

    private static JsonNode awaitDecided(String id) {
        List<ConsumerRecord<String, String>> read = KafkaTestTopics.ofSharedBroker().readUntil(Disciplines.TOPIC,
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(read).as("a discipline event for %s", id).isNotEmpty();
        try {
            return new ObjectMapper().readTree(read.get(read.size() - 1).value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
