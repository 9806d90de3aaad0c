package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ways to a membership other than its id: from its person, and the list of members due for recognition. */
@QuarkusTest
class MembershipListTest {

    @Test
    void shouldFindAPersonsMembershipFromThePersonId() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Văn phòng Tỉnh ủy");
        String person = Members.person("Phan", "Văn", "Lợi");
        String id = Members.admit(Members.admission(person, cell, LocalDate.of(2024, 3, 1))).statusCode(201)
                .extract().path("id");

        given().queryParam("personId", person).when().get(Members.PATH).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].stage", equalTo("PROBATIONARY"))
                .body("items[0].fullMembershipDueOn", equalTo("2025-03-01"))
                .body("items[0].personName", equalTo("Phan Văn Lợi"));
    }

    @Test
    void shouldShowTheMembershipInBriefInThePersonsCv() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Tổ chức Tỉnh ủy");
        String person = Members.person("Tạ", "Quang", "Huy");
        String id = Members.admit(Members.admission(person, cell, LocalDate.of(2024, 4, 10))).statusCode(201)
                .extract().path("id");

        given().when().get(Persons.PATH + "/" + person).then().statusCode(200)
                .body("membership.id", equalTo(id)).body("membership.stage", equalTo("PROBATIONARY"))
                .body("membership.cellId", equalTo(cell.toString()))
                .body("membership.cellName", equalTo("Chi bộ Ban Tổ chức Tỉnh ủy"))
                .body("membership.admittedOn", equalTo("2024-04-10"))
                .body("membership.fullMembershipDueOn", equalTo("2025-04-10"));
    }

    @Test
    void shouldShowTheMembershipInBriefInThePersonListAndNoneForANonMember() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Quan Tử");
        String member = Members.person("Khổng", "Minh", "Đạt");
        String id = Members.admit(Members.admission(member, cell, LocalDate.of(2024, 6, 1))).statusCode(201)
                .extract().path("id");
        String other = Members.person("Khổng", "Minh", "Đức");

        given().queryParam("q", "khong minh").when().get(Persons.PATH).then().statusCode(200)
                .body("items.find { it.id == '" + member + "' }.membership.id", equalTo(id))
                .body("items.find { it.id == '" + member + "' }.membership.fullMembershipDueOn",
                        equalTo("2025-06-01"))
                .body("items.find { it.id == '" + other + "' }.membership", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldListMembersDueInTheWindowEarliestFirstWithinTheUnitsSubtree() {
        UUID committee = OrgUnits.unit(null, "Đảng ủy xã Hợp Thịnh");
        UUID cell = OrgUnits.unit(committee, "Chi bộ thôn Đồng Giang");
        UUID elsewhere = OrgUnits.unit(null, "Chi bộ thôn Xuân Lai");
        String later = admitted(cell, "Lê", "Thị", "Hoa", LocalDate.of(2024, 5, 20));
        String earlier = admitted(cell, "Đỗ", "Văn", "Nam", LocalDate.of(2024, 5, 2));
        admitted(cell, "Vũ", "Văn", "Sơn", LocalDate.of(2024, 9, 1)); // due after the window
        String outside = admitted(elsewhere, "Hà", "Thị", "Mai", LocalDate.of(2024, 5, 10));

        given().queryParam("orgUnitId", committee.toString()).queryParam("dueFrom", "2025-05-01")
                .queryParam("dueBy", "2025-05-31").when().get(Members.PATH).then().statusCode(200)
                .body("items.id", contains(earlier, later))
                .body("items.fullMembershipDueOn", contains("2025-05-02", "2025-05-20"))
                .body("items.id", not(hasItem(outside)));
    }

    @Test
    void shouldPageTheDueListWithATokenThatContinuesAfterTheLastShown() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Bàn Giản");
        String first = admitted(cell, "Nguyễn", "Văn", "An", LocalDate.of(2023, 1, 5));
        String second = admitted(cell, "Nguyễn", "Văn", "Bình", LocalDate.of(2023, 1, 6));
        String token = given().queryParam("orgUnitId", cell.toString()).queryParam("dueBy", "2024-01-31")
                .queryParam("limit", 1).when().get(Members.PATH).then().statusCode(200)
                .body("items.id", contains(first)).body("nextPageToken", notNullValue())
                .extract().path("nextPageToken");

        given().queryParam("orgUnitId", cell.toString()).queryParam("dueBy", "2024-01-31").queryParam("limit", 1)
                .queryParam("pageToken", token).when().get(Members.PATH).then().statusCode(200)
                .body("items.id", contains(second));
    }

    @Test
    void shouldLeaveARecognisedMemberOffTheDueList() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Liên Hòa");
        String id = admitted(cell, "Trịnh", "Văn", "Quân", LocalDate.of(2023, 2, 1));
        Members.step(id, "recognition", 0, java.util.Map.of("recognisedOn", "2024-02-01")).statusCode(200);

        given().queryParam("orgUnitId", cell.toString()).queryParam("dueBy", "2024-12-31").when().get(Members.PATH)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseADueWindowThatEndsBeforeItStartsAndMalformedDates() {
        given().queryParam("dueFrom", "2025-06-01").queryParam("dueBy", "2025-05-01").when().get(Members.PATH)
                .then().statusCode(400).body("errors.field", hasItem("dueFrom"));
        given().queryParam("dueBy", "31/05/2025").when().get(Members.PATH).then().statusCode(400)
                .body("errors.message", hasItem(containsString("YYYY-MM-DD")));
        given().queryParam("personId", "Phan Văn Lợi").when().get(Members.PATH).then().statusCode(400)
                .body("errors.field", hasItem("personId"));
    }

    @Test
    void shouldAnswerAPersonOutsideTheCallersUnitsAsNotFound() {
        UUID mine = OrgUnits.unit(null, "Huyện ủy Tam Đảo");
        UUID theirs = OrgUnits.unit(null, "Huyện ủy Yên Lạc");
        java.util.Map<String, Object> cv = Persons.cv("Kiều", "Văn", "Tuấn");
        cv.remove("nationalId");
        cv.put("currentOrgUnitId", theirs.toString());
        String person = Persons.create(cv);
        Members.admit(Members.admission(person, theirs, LocalDate.of(2024, 3, 1))).statusCode(201);
        given().header("Authorization", Tokens.scoped("mine", List.of(mine), "unit-officer"))
                .queryParam("personId", person).when().get(Members.PATH).then().statusCode(404);
    }

    private static String admitted(UUID cell, String surname, String middle, String given, LocalDate on) {
        String person = Members.person(surname, middle, given);
        return Members.admit(Members.admission(person, cell, on)).statusCode(201).extract().path("id");
    }
}
