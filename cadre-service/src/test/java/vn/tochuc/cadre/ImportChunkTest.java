package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaTestTopics;

/**
 * The chunked import path: new persons are written in batches, persons on record go through the versioned update,
 * and every bad row is refused alone, leaving nothing behind.
 */
@QuarkusTest
class ImportChunkTest {

    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();

    @Inject
    EntityManager em;

    @Test
    void shouldReportEveryKindOfRowOfAChunkAndWriteNothingForTheBadOnes() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Xây dựng").toString();
        String admitted = LocalDate.now().minusYears(3).toString();
        String same = Persons.nationalId(true, 1966);
        String changed = Persons.nationalId(false, 1977);
        List<String> sameRow = List.of(same, "Doãn", "Văn", "Lâm", "MALE", "1966-06-06", "01", "", "", "", "");
        Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(sameRow,
                List.of(changed, "Lều", "Thị", "Nga", "FEMALE", "1977-07-07", "01", "", "", "", ""))));
        String unknownCode = Persons.nationalId(true, 1981);
        String legacy = Persons.nationalId(true, 1982);
        String underAge = Persons.nationalId(true, 2014);

        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(sameRow,
                List.of(changed, "Lều", "Thị", "Nga", "FEMALE", "1977-07-07", "04", "", "", "", ""),
                List.of(Persons.nationalId(false, 1988), "Ninh", "Thị", "Hoa", "FEMALE", "1988-08-08", "01",
                        admitted, cell, "Lương Đức Minh", "Trần Việt Cường"),
                List.of(unknownCode, "Vi", "Văn", "Sáu", "MALE", "1981", "99", "", "", "", ""),
                List.of(legacy, "NguyÔn", "V¨n", "Hïng", "MALE", "1982", "01", "", "", "", ""),
                List.of(underAge, "Mai", "Văn", "Nhỏ", "MALE", "2014-01-01", "01", admitted, cell, "Lương Đức Minh",
                        "Trần Việt Cường"),
                List.of(Persons.nationalId(true, 1990), "Khổng", "Văn", "Tư", "MALE", "1990", "01", "", "", "",
                        ""))));

        assertThat(Imports.rows(id, null)).extracting(r -> r.get("rowNumber") + " " + r.get("status"))
                .containsExactly("2 UNCHANGED", "3 UPDATED", "4 CREATED", "5 REJECTED", "6 REJECTED", "7 REJECTED",
                        "8 CREATED");
        assertThat(Imports.job(id)).containsEntry("created", 2).containsEntry("updated", 1)
                .containsEntry("unchanged", 1).containsEntry("rejected", 3).containsEntry("rowsDone", 7);
        List<Map<String, Object>> rejected = Imports.rows(id, "REJECTED");
        assertThat(ImportTest.problems(rejected.get(0))).containsOnlyKeys("ethnicityCode");
        assertThat(ImportTest.problems(rejected.get(1))).containsOnlyKeys("surname", "middleName", "givenName");
        assertThat(ImportTest.problems(rejected.get(2))).containsOnlyKeys("partyAdmittedOn");
        assertThat(personsWith(List.of(unknownCode, legacy, underAge))).as("nothing written for a bad row").isZero();
        Map<String, Object> member = Imports.rows(id, "CREATED").get(0);
        assertThat(member.get("membershipId")).as("the admission of the new person").isNotNull();
        String person = (String) Imports.rows(id, "UPDATED").get(0).get("personId");
        given().when().get(Persons.PATH + "/" + person).then().header("ETag", "\"1\"")
                .body("ethnicityCode", equalTo("04"));
    }

    @Test
    void shouldImportTwoRowsWithTheSameNationalIdInOneFileAsOnePersonUpdatedInFileOrder() {
        String nationalId = Persons.nationalId(false, 1984);
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER.subList(0, 7), List.of(
                List.of(nationalId, "Hứa", "Thị", "Mai", "FEMALE", "1984-04-04", "01"),
                List.of(nationalId, "Hứa", "Thị", "Mai", "FEMALE", "1984-04-04", "04"),
                List.of(nationalId, "Hứa", "Thị", "Mai", "FEMALE", "1984-04-04", "04"))));

        List<Map<String, Object>> rows = Imports.rows(id, null);
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("CREATED", "UPDATED", "UNCHANGED");
        assertThat(rows).extracting(r -> r.get("personId")).containsOnly(rows.get(0).get("personId"));
        assertThat(personsWith(List.of(nationalId))).isOne();
        given().when().get(Persons.PATH + "/" + rows.get(0).get("personId") + "/audit").then()
                .body("action", equalTo(List.of("CREATED", "UPDATED")))
                .body("[1].changes.ethnicityCode.to", equalTo("04"));
    }

    @Test
    void shouldWriteTheAuditRowOfEveryCreatedPersonAndTheEventAndHistoryOfEveryAdmission() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Nội vụ").toString();
        String admitted = LocalDate.now().minusYears(1).toString();
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(List.of(Persons.nationalId(true, 1970 + i), "Bạch", "Văn", List.of("Một", "Hai", "Ba").get(i),
                    "MALE", String.valueOf(1970 + i), "01", admitted, cell, "Lương Đức Minh", "Trần Việt Cường"));
        }
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, lines));

        List<Map<String, Object>> created = Imports.rows(id, "CREATED");
        assertThat(created).hasSize(3);
        for (Map<String, Object> row : created) {
            given().when().get(Persons.PATH + "/" + row.get("personId") + "/audit").then().statusCode(200)
                    .body("action", equalTo(List.of("CREATED"))).body("[0].changes.ethnicityCode.to", equalTo("01"));
            String membership = (String) row.get("membershipId");
            given().when().get(Members.PATH + "/" + membership + "/history").then().statusCode(200)
                    .body("step", equalTo(List.of("ADMITTED"))).body("[0].effectiveOn", equalTo(admitted));
            List<ConsumerRecord<String, String>> events = kafka.readUntil("tochuc.cadre.member",
                    r -> membership.equals(r.key()) && r.value().contains("member.admitted.v1"),
                    Duration.ofSeconds(30));
            assertThat(events).as("the admission's event, through the outbox").isNotEmpty();
            JsonPath event = JsonPath.from(events.get(events.size() - 1).value());
            assertThat(event.getString("subject")).isEqualTo(membership);
            assertThat(event.getString("data.personId")).isEqualTo(row.get("personId"));
            assertThat(event.getString("data.personName")).startsWith("Bạch Văn ");
            assertThat(event.getString("data.current.stage")).isEqualTo("PROBATIONARY");
        }
    }

    @Test
    void shouldRejectOnlyTheBadRowWhenAChunkFallsBackToOneRowATime() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Y tế").toString();
        String member = Persons.nationalId(true, 1960);
        Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(List.of(member, "Lò", "Văn", "Pó", "MALE",
                "1960", "01", LocalDate.now().minusYears(30).toString(), cell, "Lương Đức Minh", "Trần Việt Cường"))));
        String fresh = Persons.nationalId(false, 1991);

        // The member's other admission is refused only after the person's update: the chunk is undone and redone.
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(
                List.of(fresh, "Lò", "Thị", "Xuân", "FEMALE", "1991", "01", "", "", "", ""),
                List.of(member, "Lò", "Văn", "Pó", "MALE", "1960", "04", LocalDate.now().minusYears(2).toString(),
                        cell, "Lương Đức Minh", "Trần Việt Cường"))));

        assertThat(Imports.rows(id, null)).extracting(r -> r.get("status")).containsExactly("CREATED", "REJECTED");
        assertThat(ImportTest.problems(Imports.rows(id, "REJECTED").get(0))).containsOnlyKeys("partyAdmittedOn");
        assertThat(personsWith(List.of(fresh))).isOne();
        given().queryParam("q", "lo van po").when().get(Persons.PATH).then().body("items[0].version", equalTo(0));
    }

    @Test
    void shouldReportEveryBadRowOfAChunkAloneUnderItsOwnRowNumber() {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean bad = i % 4 == 1;
            lines.add(List.of(Persons.nationalId(true, 1970 + i), "Tạ", "Văn", BenchMembers.GIVEN.get(i), "MALE",
                    String.valueOf(1970 + i), bad ? "77" : "01", "", "", "", ""));
        }
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, lines));

        List<Map<String, Object>> rejected = Imports.rows(id, "REJECTED");
        assertThat(rejected).extracting(r -> r.get("rowNumber")).as("file rows, the header being row 1")
                .containsExactly(3, 7, 11);
        assertThat(rejected).allSatisfy(r -> assertThat(ImportTest.problems(r)).containsOnlyKeys("ethnicityCode"));
        assertThat(rejected).extracting(r -> r.get("nationalId"))
                .containsExactly(lines.get(1).get(0), lines.get(5).get(0), lines.get(9).get(0));
        assertThat(Imports.job(id)).containsEntry("created", 9).containsEntry("rejected", 3);
    }

    @Test
    void shouldAdmitAPersonWhoseNationalIdComesTwiceInOneChunkOnceWithOneEvent() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Tư pháp").toString();
        String admitted = LocalDate.now().minusYears(2).toString();
        String nationalId = Persons.nationalId(false, 1985);
        List<String> row = List.of(nationalId, "Âu", "Thị", "Mơ", "FEMALE", "1985-05-05", "01", admitted, cell,
                "Lương Đức Minh", "Trần Việt Cường");
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(row, row)));

        List<Map<String, Object>> rows = Imports.rows(id, null);
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("CREATED", "UNCHANGED");
        assertThat(rows).extracting(r -> r.get("membershipId")).containsOnly(rows.get(0).get("membershipId"));
        assertThat(personsWith(List.of(nationalId))).isOne();
        assertThat(admittedEvents(List.of((String) rows.get(0).get("membershipId")))).containsExactly(1L);
    }

    @Test
    void shouldWriteOneAdmittedEventPerAdmittedPerson() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Tài chính").toString();
        String admitted = LocalDate.now().minusYears(1).toString();
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(List.of(Persons.nationalId(i % 2 == 0, 1980 + i), "Mạc", "Đăng", BenchMembers.GIVEN.get(i),
                    i % 2 == 0 ? "MALE" : "FEMALE", String.valueOf(1980 + i), "01", admitted, cell,
                    "Lương Đức Minh", "Trần Việt Cường"));
        }
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, lines));

        List<String> memberships = Imports.rows(id, "CREATED").stream().map(r -> (String) r.get("membershipId"))
                .toList();
        assertThat(memberships).hasSize(20).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(admittedEvents(memberships)).hasSize(20).containsOnly(1L);
    }

    @Test
    void shouldJudgeEachAdmissionOfAChunkByTheRuleInForceOnItsOwnDate() {
        String cell = OrgUnits.unit(null, "Chi bộ Sở Công Thương").toString();
        // Both 65 when admitted: no upper age before the 2011 Statute, 60 from it (without a higher approval).
        String before2011 = Persons.nationalId(true, 1930);
        String after2011 = Persons.nationalId(true, 1955);
        String id = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(
                List.of(before2011, "Cù", "Văn", "Xưa", "MALE", "1930", "01", "1995-06-01", cell, "Lương Đức Minh",
                        "Trần Việt Cường"),
                List.of(after2011, "Cù", "Văn", "Nay", "MALE", "1955", "01", "2020-06-01", cell, "Lương Đức Minh",
                        "Trần Việt Cường"))));

        assertThat(Imports.rows(id, null)).extracting(r -> r.get("rowNumber") + " " + r.get("status"))
                .containsExactly("2 CREATED", "3 REJECTED");
        assertThat(ImportTest.problems(Imports.rows(id, "REJECTED").get(0))).containsKey("approvedByHigherCommittee");
    }

    /** The member.admitted.v1 events in the outbox of each membership, in the order given. */
    @SuppressWarnings("unchecked")
    private List<Long> admittedEvents(List<String> memberships) {
        return memberships.stream().map(m -> ((Number) em.createNativeQuery("select count(*) from outbox_event "
                + "where message_key = ?1 and event_type like '%member.admitted.v1'").setParameter(1, m)
                .getSingleResult()).longValue()).toList();
    }

    private long personsWith(List<String> nationalIds) {
        return ((Number) em.createNativeQuery("select count(*) from person where national_id in (:ids)")
                .setParameter("ids", nationalIds).getSingleResult()).longValue();
    }
}
