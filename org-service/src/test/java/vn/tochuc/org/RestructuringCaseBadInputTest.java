package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnitVersion;
import vn.tochuc.org.domain.RestructuringCase;

/** A case that cannot be right is refused with a problem that says why, and the structure stays as it was. */
@QuarkusTest
class RestructuringCaseBadInputTest {

    @Test
    void shouldNameTheFieldsACaseTypeNeeds() {
        long before = RestructuringCase.count();
        Cases.draft(Cases.caseOf("MERGE", "sourceUnitIds", List.of())).statusCode(400)
                .body("errors.field", hasItems("sourceUnitIds", "targetUnitId"));
        Cases.draft(Cases.caseOf("RENAME")).statusCode(400).body("errors.field", hasItems("unitId", "newName"));
        Cases.draft(Cases.caseOf("SPLIT", "unitId", "00000000-0000-0000-0000-000000000001",
                "newUnits", List.of(Map.of("code", "A-1", "name", "A", "kind", "PARTY_CELL")))).statusCode(400)
                .body("errors.field", hasItem("newUnits"));
        assertThat(RestructuringCase.count()).isEqualTo(before);
    }

    @Test
    void shouldRejectAnUnknownTypeAMissingDateAndMalformedJson() {
        long before = RestructuringCase.count();
        Cases.draft(Map.of("type", "ANNEX", "title", "x", "effectiveDate", "2025-07-01")).statusCode(400)
                .body("errors.field", hasItem("type"));
        Cases.draft(Map.of("type", "DISSOLVE", "title", "x", "unitId", "00000000-0000-0000-0000-000000000001"))
                .statusCode(400).body("errors.field", hasItem("effectiveDate"));
        given().contentType(ContentType.JSON).body("{\"type\": \"RENAME\",").when().post("/api/v1/restructuring-cases")
                .then().statusCode(400).contentType("application/problem+json");
        Cases.draft(Cases.caseOf("RENAME", "unitId", "00000000-0000-0000-0000-000000000001",
                "newName", "x".repeat(301))).statusCode(400).body("errors.field", hasItem("newName"));
        assertThat(RestructuringCase.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPageTokenItDidNotGiveOut() {
        // Well-formed (two parts, base64) but not a position of this list: a 400, not a parse failure.
        String forged = vn.tochuc.platform.web.PageTokens.encode("yesterday", "not-an-id");
        given().queryParam("pageToken", forged).when().get("/api/v1/restructuring-cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("pageToken"));
    }

    @Test
    void shouldRefuseAChangeDatedBeforeTheUnitExisted() {
        String unit = Cases.unit("Chi bộ thành lập 2020", "PARTY_CELL", null);
        long versions = OrgUnitVersion.count();
        String id = Cases.draftId(Cases.caseOf("RENAME", "unitId", unit, "newName", "Tên cũ hơn",
                "effectiveDate", "2019-01-01"));

        Cases.approve(id).statusCode(422).body("type", containsString("unit-not-in-effect"))
                .body("detail", containsString("2020-01-01"));
        given().when().get("/api/v1/restructuring-cases/" + id).then().body("status", equalTo("DRAFT"));
        assertThat(OrgUnitVersion.count()).isEqualTo(versions);
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatchOnApprovalAndEdits() {
        String unit = Cases.unit("Chi bộ If-Match", "PARTY_CELL", null);
        Map<String, Object> rename = Cases.caseOf("RENAME", "unitId", unit, "newName", "Chi bộ mới");
        String id = Cases.draftId(rename);

        given().when().post("/api/v1/restructuring-cases/" + id + "/approve").then().statusCode(428);
        given().header("If-Match", "\"7\"").when().post("/api/v1/restructuring-cases/" + id + "/approve")
                .then().statusCode(412).contentType("application/problem+json");
        rename.put("newName", "Chi bộ mới hơn");
        given().contentType(ContentType.JSON).body(rename).header("If-Match", "\"0\"")
                .when().put("/api/v1/restructuring-cases/" + id).then().statusCode(200)
                .body("spec.newName", equalTo("Chi bộ mới hơn")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(rename).header("If-Match", "\"0\"")
                .when().put("/api/v1/restructuring-cases/" + id).then().statusCode(412);
        assertThat(Cases.nameOn(unit, "2025-07-01")).isEqualTo("Chi bộ If-Match");
    }

    @Test
    void shouldRefuseToEditOrApproveACaseThatIsNoLongerADraft() {
        String unit = Cases.unit("Chi bộ đã áp dụng", "PARTY_CELL", null);
        Map<String, Object> rename = Cases.caseOf("RENAME", "unitId", unit, "newName", "Chi bộ đổi tên");
        String id = Cases.apply(rename);
        String etag = given().when().get("/api/v1/restructuring-cases/" + id).then().extract().header("ETag");

        given().contentType(ContentType.JSON).body(rename).header("If-Match", etag)
                .when().put("/api/v1/restructuring-cases/" + id).then().statusCode(409);
        Cases.approve(id).statusCode(409).body("detail", containsString("APPLIED"));
        given().header("If-Match", etag).when().post("/api/v1/restructuring-cases/" + id + "/cancel")
                .then().statusCode(409);
    }
}
