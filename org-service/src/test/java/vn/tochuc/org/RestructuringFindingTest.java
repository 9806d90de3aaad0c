package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a restructuring a user can find what happened: names in the lineage, the last step, the cases by unit. */
@QuarkusTest
class RestructuringFindingTest {

    @Test
    void shouldNameTheUnitsAtEachEndOfTheLineageAsTheyWereNamedThen() {
        String district = Cases.unit("Huyện ủy Vĩnh Tường", "DISTRICT_PARTY_COMMITTEE", null);
        String province = Cases.unit("Tỉnh ủy Phú Thọ", "PROVINCIAL_PARTY_COMMITTEE", null);
        String code = given().when().get("/api/v1/org-units/" + district).then().extract().path("code");
        Cases.apply(Cases.caseOf("MERGE", "sourceUnitIds", List.of(district), "targetUnitId", province));

        given().when().get("/api/v1/org-units/" + province + "/lineage").then().statusCode(200)
                .body("predecessors[0].unitId", equalTo(district)).body("predecessors[0].code", equalTo(code))
                .body("predecessors[0].name", equalTo("Huyện ủy Vĩnh Tường"));
        given().when().get("/api/v1/org-units/" + district + "/lineage").then().statusCode(200)
                .body("successors[0].name", equalTo("Tỉnh ủy Phú Thọ"));
    }

    @Test
    void shouldEndADissolvedUnitsHistoryWithTheDissolutionAndItsCase() {
        String unit = Cases.unit("Chi bộ Công ty Cổ phần Y", "GRASSROOTS_PARTY_CELL", null);
        String caseId = Cases.apply(Cases.caseOf("DISSOLVE", "unitId", unit));

        given().when().get("/api/v1/org-units/" + unit + "/history").then().statusCode(200)
                .body("versions.change", contains("ESTABLISHED", "DISSOLVED"))
                .body("versions[1].validFrom", equalTo("2025-07-01"))
                .body("versions[1].caseId", equalTo(caseId));
        given().queryParam("asOf", "2025-07-01").when().get("/api/v1/org-units/" + unit).then().statusCode(404)
                .body("detail", containsString("dissolved by restructuring case " + caseId))
                .body("detail", not(containsString("lineage")));
    }

    @Test
    void shouldPointAMergedUnitsNotFoundAnswerToItsLineage() {
        String district = Cases.unit("Huyện ủy Yên Lạc", "DISTRICT_PARTY_COMMITTEE", null);
        String province = Cases.unit("Tỉnh ủy (hợp nhất)", "PROVINCIAL_PARTY_COMMITTEE", null);
        Cases.apply(Cases.caseOf("MERGE", "sourceUnitIds", List.of(district), "targetUnitId", province));

        given().queryParam("asOf", "2025-07-01").when().get("/api/v1/org-units/" + district).then().statusCode(404)
                .body("detail", containsString("/lineage"));
        given().when().get("/api/v1/org-units/" + district + "/history").then()
                .body("versions.change", hasItem("MERGED_INTO"));
    }

    @Test
    void shouldFilterCasesByAUnitTheyNameAndByEffectiveDate() {
        String renamed = Cases.unit("Đảng ủy Khối cơ quan", "PARTY_COMMITTEE_UNDER_PROVINCE", null);
        String other = Cases.unit("Đảng ủy Khối doanh nghiệp", "PARTY_COMMITTEE_UNDER_PROVINCE", null);
        String mine = Cases.apply(Cases.caseOf("RENAME", "unitId", renamed, "newName", "Đảng ủy các cơ quan Đảng",
                "effectiveDate", "2025-02-01"));
        String theirs = Cases.apply(Cases.caseOf("RENAME", "unitId", other, "newName", "Đảng ủy UBND tỉnh",
                "effectiveDate", "2025-02-01"));

        List<String> ofUnit = given().queryParam("orgUnitId", renamed).queryParam("limit", 200).when()
                .get("/api/v1/restructuring-cases").then().statusCode(200).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(ofUnit).containsExactly(mine);
        given().queryParam("orgUnitId", other).queryParam("effectiveFrom", "2025-03-01").when()
                .get("/api/v1/restructuring-cases").then().statusCode(200).body("items.id", not(hasItem(theirs)));
        given().queryParam("orgUnitId", other).queryParam("effectiveFrom", "2025-02-01")
                .queryParam("effectiveTo", "2025-02-01").when().get("/api/v1/restructuring-cases").then()
                .statusCode(200).body("items.id", contains(theirs));
        given().queryParam("effectiveFrom", "01/02/2025").when().get("/api/v1/restructuring-cases").then()
                .statusCode(400).body("errors.field", hasItem("effectiveFrom"));
    }

    @Test
    void shouldKeyTheUnitsACaseEstablishedByTheirCodeAsWritten() {
        String code = "Dbx-" + OrgUnits.uniqueCode().substring(2).toLowerCase();
        String caseId = Cases.apply(Cases.caseOf("ESTABLISH", "newUnits", List.of(Map.of("code", code,
                "name", "Đảng bộ xã Mới", "kind", "GRASSROOTS_PARTY_COMMITTEE"))));

        given().when().get("/api/v1/restructuring-cases/" + caseId).then().statusCode(200)
                .body("established", hasKey(code));
    }
}
