package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.testing.EventCatalog;

/** Each kind of restructuring, end to end: the structure on both sides of the date, lineage and events. */
@QuarkusTest
class RestructuringCaseTest {

    private static final String BEFORE = "2025-06-30";
    private static final String AFTER = "2025-07-01";

    @Test
    void shouldRenameAUnitFromItsEffectiveDateAndKeepTheOldName() {
        String unit = Cases.unit("Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE", null);
        Cases.apply(Cases.caseOf("RENAME", "unitId", unit, "newName", "Đảng ủy Tam Dương"));

        assertThat(Cases.nameOn(unit, BEFORE)).isEqualTo("Huyện ủy Tam Dương");
        assertThat(Cases.nameOn(unit, AFTER)).isEqualTo("Đảng ủy Tam Dương");
        given().when().get("/api/v1/org-units/" + unit + "/history").then().statusCode(200)
                .body("versions", hasSize(2))
                .body("versions[0].validTo", equalTo(AFTER))
                .body("versions[1].change", equalTo("RENAMED"));
        JsonNode event = Cases.event(unit, OrgUnitEvents.RENAMED_V1);
        assertThat(event.at("/data/previous/name").asText()).isEqualTo("Huyện ủy Tam Dương");
        assertThat(event.at("/data/current/name").asText()).isEqualTo("Đảng ủy Tam Dương");
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo(AFTER);
        assertThat(event.at("/data/decision/number").asText()).isEqualTo("1234-QĐ/TU");
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldMoveAUnitUnderAnotherParentFromItsEffectiveDate() {
        String oldParent = Cases.unit("Huyện ủy Lập Thạch", "DISTRICT_PARTY_COMMITTEE", null);
        String newParent = Cases.unit("Tỉnh ủy Vĩnh Phúc", "PROVINCIAL_PARTY_COMMITTEE", null);
        String cell = Cases.unit("Chi bộ Trường THPT Lập Thạch", "GRASSROOTS_PARTY_CELL", oldParent);

        Cases.apply(Cases.caseOf("MOVE", "unitId", cell, "newParentId", newParent));

        assertThat(Cases.parentOn(cell, BEFORE)).isEqualTo(oldParent);
        assertThat(Cases.parentOn(cell, AFTER)).isEqualTo(newParent);
        given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + newParent + "/children")
                .then().statusCode(200).body("id", hasItem(cell));
        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-units/" + oldParent + "/children")
                .then().statusCode(200).body("id", hasItem(cell));
        JsonNode event = Cases.event(cell, OrgUnitEvents.MOVED_V1);
        assertThat(event.at("/data/current/parentId").asText()).isEqualTo(newParent);
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldRefuseAMoveThatWouldMakeAUnitItsOwnAncestor() {
        String top = Cases.unit("Đảng bộ Khối doanh nghiệp", "PARTY_COMMITTEE_UNDER_PROVINCE", null);
        String below = Cases.unit("Đảng bộ Công ty Điện lực", "GRASSROOTS_PARTY_COMMITTEE", top);
        String id = Cases.draftId(Cases.caseOf("MOVE", "unitId", top, "newParentId", below));

        Cases.approve(id).statusCode(409).body("type", containsString("cycle"));
        given().when().get("/api/v1/restructuring-cases/" + id).then().body("status", equalTo("DRAFT"));
        assertThat(Cases.parentOn(top, AFTER)).isNull();
    }

    @Test
    void shouldMergeUnitsIntoAnExistingOneOnlyOnceEveryChildIsPlaced() {
        String district = Cases.unit("Huyện ủy Bình Xuyên", "DISTRICT_PARTY_COMMITTEE", null);
        String cell = Cases.unit("Chi bộ xã Bá Hiến", "GRASSROOTS_PARTY_CELL", district);
        String province = Cases.unit("Tỉnh ủy (sáp nhập)", "PROVINCIAL_PARTY_COMMITTEE", null);
        Map<String, Object> merge = Cases.caseOf("MERGE", "sourceUnitIds", List.of(district), "targetUnitId", province);

        String unplaced = Cases.draftId(merge);
        given().when().get("/api/v1/restructuring-cases/" + unplaced + "/preview").then().statusCode(422)
                .body("type", containsString("children-not-placed"))
                .body("errors.message[0]", containsString(cell));
        Cases.approve(unplaced).statusCode(422);

        merge.put("childPlacements", List.of(Map.of("childId", cell, "newParentId", province)));
        String caseId = Cases.draftId(merge);
        given().when().get("/api/v1/restructuring-cases/" + caseId + "/preview").then().statusCode(200)
                .body("effects.action", org.hamcrest.Matchers.contains("PLACE_CHILD", "CEASE"));
        Cases.approve(caseId).statusCode(200).body("status", equalTo("APPLIED"));

        given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + district).then().statusCode(404)
                .body("type", containsString("not-in-effect"));
        assertThat(Cases.nameOn(district, BEFORE)).isEqualTo("Huyện ủy Bình Xuyên");
        assertThat(Cases.parentOn(cell, AFTER)).isEqualTo(province);
        given().when().get("/api/v1/org-units/" + district + "/lineage").then().statusCode(200)
                .body("successors[0].unitId", equalTo(province))
                .body("successors[0].relation", equalTo("MERGED_INTO"));
        given().when().get("/api/v1/org-units/" + province + "/lineage").then()
                .body("predecessors[0].unitId", equalTo(district));
        JsonNode merged = Cases.event(district, OrgUnitEvents.MERGED_V1);
        assertThat(merged.at("/data/current/status").asText()).isEqualTo("CEASED");
        assertThat(merged.at("/data/successorIds/0").asText()).isEqualTo(province);
        assertThat(merged.at("/data/caseId").asText()).isEqualTo(caseId);
        EventCatalog.assertDescribes(merged);
        Cases.event(cell, OrgUnitEvents.MOVED_V1);
    }

    @Test
    void shouldConsolidateUnitsIntoANewOne() {
        String first = Cases.unit("Đảng bộ xã Hợp Hòa", "GRASSROOTS_PARTY_COMMITTEE", null);
        String second = Cases.unit("Đảng bộ xã Hoàng Hoa", "GRASSROOTS_PARTY_COMMITTEE", null);
        String code = OrgUnits.uniqueCode();
        String caseId = Cases.apply(Cases.caseOf("CONSOLIDATE", "sourceUnitIds", List.of(first, second),
                "newUnits", List.of(Map.of("code", code, "name", "Đảng bộ xã Hợp Hòa mới",
                        "kind", "GRASSROOTS_PARTY_COMMITTEE"))));

        String created = given().when().get("/api/v1/restructuring-cases/" + caseId).then()
                .extract().path("established.'" + code + "'");
        assertThat(Cases.nameOn(created, AFTER)).isEqualTo("Đảng bộ xã Hợp Hòa mới");
        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-units/" + created).then().statusCode(404);
        given().when().get("/api/v1/org-units/" + created + "/lineage").then()
                .body("predecessors.unitId", org.hamcrest.Matchers.containsInAnyOrder(first, second))
                .body("predecessors.relation", org.hamcrest.Matchers.everyItem(equalTo("CONSOLIDATED_INTO")));
        EventCatalog.assertDescribes(Cases.event(first, OrgUnitEvents.CONSOLIDATED_V1));
        JsonNode createdEvent = Cases.event(created, OrgUnitEvents.CREATED_V1);
        assertThat(createdEvent.at("/data/predecessorIds").toString()).contains(first, second);
    }

    @Test
    void shouldSplitAUnitIntoNewOnesAndPlaceItsChildrenUnderThem() {
        String source = Cases.unit("Đảng bộ Khối cơ quan", "PARTY_COMMITTEE_UNDER_PROVINCE", null);
        // A cell directly under a committee above grassroots is a grassroots cell (rule org.unit-kinds).
        String child = Cases.unit("Chi bộ Sở Nội vụ", "GRASSROOTS_PARTY_CELL", source);
        String north = OrgUnits.uniqueCode();
        String south = OrgUnits.uniqueCode();
        String caseId = Cases.apply(Cases.caseOf("SPLIT", "unitId", source,
                "newUnits", List.of(
                        Map.of("code", north, "name", "Đảng bộ Khối Đảng", "kind", "PARTY_COMMITTEE_UNDER_PROVINCE"),
                        Map.of("code", south, "name", "Đảng bộ Khối Chính quyền", "kind", "PARTY_COMMITTEE_UNDER_PROVINCE")),
                "childPlacements", List.of(Map.of("childId", child, "newParentCode", south))));

        String southId = given().when().get("/api/v1/restructuring-cases/" + caseId).then()
                .extract().path("established.'" + south + "'");
        assertThat(Cases.parentOn(child, AFTER)).isEqualTo(southId);
        assertThat(Cases.parentOn(child, BEFORE)).isEqualTo(source);
        given().when().get("/api/v1/org-units/" + source + "/lineage").then()
                .body("successors", hasSize(2)).body("successors.relation", hasItem("SPLIT_INTO"));
        EventCatalog.assertDescribes(Cases.event(source, OrgUnitEvents.SPLIT_V1));
    }

    @Test
    void shouldDissolveAUnitAndRefuseLaterChangesToIt() {
        String unit = Cases.unit("Chi bộ Công ty X", "GRASSROOTS_PARTY_CELL", null);
        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", unit));

        given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + unit).then().statusCode(404);
        EventCatalog.assertDescribes(Cases.event(unit, OrgUnitEvents.DISSOLVED_V1));
        String rename = Cases.draftId(Cases.caseOf("RENAME", "unitId", unit, "newName", "Tên mới",
                "effectiveDate", "2025-08-01"));
        Cases.approve(rename).statusCode(409).body("type", containsString("unit-ceased"));
    }

    @Test
    void shouldChangeTheLevelOfAUnit() {
        String unit = Cases.unit("Chi bộ Văn phòng", "PARTY_CELL", null);
        Cases.apply(Cases.caseOf("CHANGE_LEVEL", "unitId", unit, "newKind", "GRASSROOTS_PARTY_CELL"));

        given().queryParam("asOf", BEFORE).when().get("/api/v1/org-units/" + unit).then()
                .body("kind", equalTo("PARTY_CELL"));
        given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + unit).then()
                .body("kind", equalTo("GRASSROOTS_PARTY_CELL"));
        EventCatalog.assertDescribes(Cases.event(unit, OrgUnitEvents.LEVEL_CHANGED_V1));
    }

    @Test
    void shouldEstablishUnitsThroughACaseWithTheDecision() {
        String parentCode = OrgUnits.uniqueCode();
        String childCode = OrgUnits.uniqueCode();
        String caseId = Cases.apply(Cases.caseOf("ESTABLISH", "newUnits", List.of(
                Map.of("code", parentCode, "name", "Đảng ủy phường Vĩnh Phúc", "kind", "GRASSROOTS_PARTY_COMMITTEE"),
                Map.of("code", childCode, "name", "Chi bộ Tổ dân phố 1", "kind", "PARTY_CELL",
                        "parentCode", parentCode))));

        String parent = given().when().get("/api/v1/restructuring-cases/" + caseId).then()
                .extract().path("established.'" + parentCode + "'");
        given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + parent + "/children").then()
                .body("code", org.hamcrest.Matchers.contains(childCode));
        given().when().get("/api/v1/org-units/" + parent).then()
                .body("foundingDecision.number", equalTo("1234-QĐ/TU"))
                .body("establishedOn", equalTo(AFTER));
    }

    @Test
    void shouldWaitForAFutureDateAndAllowCancellingUntilThen() {
        String unit = Cases.unit("Đảng bộ phường Liên Bảo", "GRASSROOTS_PARTY_COMMITTEE", null);
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        String caseId = Cases.draftId(Cases.caseOf("RENAME", "unitId", unit, "newName", "Đảng bộ phường Vĩnh Yên",
                "effectiveDate", tomorrow));

        Cases.approve(caseId).statusCode(200).body("status", equalTo("APPROVED")).body("appliedAt", equalTo(null));
        assertThat(Cases.nameOn(unit, tomorrow)).isEqualTo("Đảng bộ phường Liên Bảo");
        Cases.approve(caseId).statusCode(409).body("detail", containsString("APPROVED"));

        String etag = given().when().get("/api/v1/restructuring-cases/" + caseId).then().extract().header("ETag");
        given().header("If-Match", etag).when().post("/api/v1/restructuring-cases/" + caseId + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }
}
