package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kinds of party organization and their parents as effective-dated rule data (issue 14, item 3): the district level
 * ends on 1 July 2025 and commune, ward and special-zone committees sit directly under the province from that day.
 */
@QuarkusTest
class UnitKindRulesTest {

    private static final String BEFORE = "2025-06-30";
    private static final String AFTER = "2025-07-01";

    private static String province() {
        return Cases.unit("Tỉnh ủy thử quy tắc cấp", "PROVINCIAL_PARTY_COMMITTEE", null);
    }

    private static Map<String, Object> unit(String name, String kind, String parentId, String validFrom) {
        Map<String, Object> body = new HashMap<>(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", kind,
                "validFrom", validFrom));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    @Test
    void shouldRefuseADistrictCommitteeEstablishedOnTheDayTheDistrictLevelEnded() {
        OrgUnits.post(unit("Huyện ủy mới", "DISTRICT_PARTY_COMMITTEE", province(), AFTER)).statusCode(422)
                .body("type", containsString("kind-not-in-force"))
                .body("detail", containsString("294-QĐ/TW"))
                .body("detail", containsString("to confirm"));
    }

    @Test
    void shouldAcceptADistrictCommitteeEstablishedTheDayBefore() {
        OrgUnits.post(unit("Huyện ủy lập ngày cuối", "DISTRICT_PARTY_COMMITTEE", province(), BEFORE)).statusCode(201)
                .body("kind", equalTo("DISTRICT_PARTY_COMMITTEE"));
    }

    @Test
    void shouldPlaceACommuneCommitteeDirectlyUnderTheProvinceFromTheFirstOfJuly2025() {
        OrgUnits.post(unit("Đảng bộ xã Tam Dương thử", "COMMUNE_PARTY_COMMITTEE", province(), AFTER))
                .statusCode(201).body("kind", equalTo("COMMUNE_PARTY_COMMITTEE"));
    }

    @Test
    void shouldRefuseACommuneCommitteeBeforeTheFirstOfJuly2025() {
        OrgUnits.post(unit("Đảng bộ xã quá sớm", "COMMUNE_PARTY_COMMITTEE", province(), BEFORE)).statusCode(422)
                .body("type", containsString("kind-not-in-force"))
                .body("detail", containsString("Điều lệ Đảng"));
    }

    @Test
    void shouldLetACommuneCommitteeHoldGrassrootsOrganizationsAndCellsDirectly() {
        String commune = OrgUnits.post(unit("Đảng bộ phường Vĩnh Yên thử", "COMMUNE_PARTY_COMMITTEE", province(),
                AFTER)).statusCode(201).extract().path("id");

        OrgUnits.post(unit("Đảng bộ Trường THPT thử", "GRASSROOTS_PARTY_COMMITTEE", commune, AFTER)).statusCode(201);
        OrgUnits.post(unit("Chi bộ khu phố 1", "PARTY_CELL", commune, AFTER)).statusCode(201);
    }

    @Test
    void shouldRefuseACommuneCommitteeUnderAnotherCommuneCommittee() {
        String commune = OrgUnits.post(unit("Đảng bộ xã cha", "COMMUNE_PARTY_COMMITTEE", province(), AFTER))
                .statusCode(201).extract().path("id");

        OrgUnits.post(unit("Đảng bộ xã con", "COMMUNE_PARTY_COMMITTEE", commune, AFTER)).statusCode(422)
                .body("type", containsString("parent-kind-not-allowed"))
                .body("detail", containsString("PROVINCIAL_PARTY_COMMITTEE"));
    }

    @Test
    void shouldRefuseACellDirectlyUnderTheProvinceOnEitherSideOfTheDate() {
        String province = province();
        OrgUnits.post(unit("Chi bộ trực thuộc sai", "PARTY_CELL", province, BEFORE)).statusCode(422)
                .body("type", containsString("parent-kind-not-allowed"));
        OrgUnits.post(unit("Chi bộ trực thuộc sai 2", "PARTY_CELL", province, AFTER)).statusCode(422)
                .body("type", containsString("parent-kind-not-allowed"));
    }

    @Test
    void shouldKeepADistrictOfTheOldStructureReadableAsItWas() {
        String province = province();
        String district = Cases.unit("Huyện ủy Lập Thạch thử", "DISTRICT_PARTY_COMMITTEE", province);
        String cell = Cases.unit("Chi bộ cơ sở của huyện", "GRASSROOTS_PARTY_CELL", district);

        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-units/" + district).then().statusCode(200)
                .body("kind", equalTo("DISTRICT_PARTY_COMMITTEE"));
        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-units/" + cell).then().statusCode(200)
                .body("parentId", equalTo(district));
    }

    @Test
    void shouldRefuseMovingAUnitUnderADistrictFromTheFirstOfJuly2025ButNotTheDayBefore() {
        String province = province();
        String district = Cases.unit("Huyện ủy nhận đơn vị", "DISTRICT_PARTY_COMMITTEE", province);
        String cell = Cases.unit("Chi bộ cơ sở chuyển", "GRASSROOTS_PARTY_CELL", province);

        String late = Cases.draftId(Cases.caseOf("MOVE", "unitId", cell, "newParentId", district));
        Cases.approve(late).statusCode(422).body("type", containsString("parent-kind-not-allowed"))
                .body("detail", containsString("294-QĐ/TW"));
        Cases.apply(Cases.caseOf("MOVE", "unitId", cell, "newParentId", district, "effectiveDate", BEFORE));
        org.assertj.core.api.Assertions.assertThat(Cases.parentOn(cell, BEFORE)).isEqualTo(district);
    }

    @Test
    void shouldRefuseChangingAUnitToTheDistrictLevelAfterItEnded() {
        String unit = Cases.unit("Đảng bộ trực thuộc đổi cấp", "PARTY_COMMITTEE_UNDER_PROVINCE", province());

        String late = Cases.draftId(Cases.caseOf("CHANGE_LEVEL", "unitId", unit, "newKind",
                "DISTRICT_PARTY_COMMITTEE"));
        Cases.approve(late).statusCode(422).body("type", containsString("kind-not-in-force"));
    }

    @Test
    void shouldEstablishACommuneCommitteeThroughACaseAndPlaceTheOldCommunesCellsUnderIt() {
        String province = province();
        String district = Cases.unit("Huyện ủy hợp nhất", "DISTRICT_PARTY_COMMITTEE", province);
        String oldCommune = Cases.unit("Đảng bộ xã cũ", "GRASSROOTS_PARTY_COMMITTEE", district);
        String otherCommune = Cases.unit("Đảng bộ thị trấn cũ", "GRASSROOTS_PARTY_COMMITTEE", district);
        String cell = Cases.unit("Chi bộ thôn 1", "PARTY_CELL", oldCommune);
        String code = OrgUnits.uniqueCode();

        String caseId = Cases.apply(Cases.caseOf("CONSOLIDATE", "sourceUnitIds", List.of(oldCommune, otherCommune),
                "newUnits", List.of(Map.of("code", code, "name", "Đảng bộ xã mới", "kind", "COMMUNE_PARTY_COMMITTEE",
                        "parentId", province)),
                "childPlacements", List.of(Map.of("childId", cell, "newParentCode", code))));

        String created = given().when().get("/api/v1/restructuring-cases/" + caseId).then()
                .extract().path("established.'" + code + "'");
        org.assertj.core.api.Assertions.assertThat(Cases.parentOn(cell, AFTER)).isEqualTo(created);
    }

    @Test
    void shouldListTheKindsInForceOnADateWithTheirParentsAndTheToConfirmMark() {
        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-unit-kinds").then().statusCode(200)
                .body("code", hasItem("DISTRICT_PARTY_COMMITTEE"))
                .body("code", not(hasItem("COMMUNE_PARTY_COMMITTEE")))
                .body("find { it.code == 'DISTRICT_PARTY_COMMITTEE' }.rule.toConfirm", equalTo(false));
        given().queryParam("asOf", AFTER).when().get("/api/v1/org-unit-kinds").then().statusCode(200)
                .body("code", not(hasItem("DISTRICT_PARTY_COMMITTEE")))
                .body("code", hasItem("ADVISORY_BOARD"))
                .body("find { it.code == 'COMMUNE_PARTY_COMMITTEE' }.parentKinds",
                        equalTo(List.of("PROVINCIAL_PARTY_COMMITTEE")))
                .body("find { it.code == 'COMMUNE_PARTY_COMMITTEE' }.rule.toConfirm", equalTo(true))
                .body("find { it.code == 'COMMUNE_PARTY_COMMITTEE' }.rule.basis.document",
                        containsString("294-QĐ/TW"));
    }
}
