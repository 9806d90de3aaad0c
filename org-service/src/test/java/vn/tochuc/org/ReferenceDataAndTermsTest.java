package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.org.domain.UnitTerm;
import vn.tochuc.org.event.OrgStructureEvents;
import vn.tochuc.platform.testing.EventCatalog;

/** Kinds as reference data an administrator extends; terms, congresses and the bodies they elect. */
@QuarkusTest
class ReferenceDataAndTermsTest {

    @Test
    void shouldListTheSeededKindsWithVietnameseLabels() {
        given().when().get("/api/v1/org-unit-kinds").then().statusCode(200)
                .body("code", hasItems("PROVINCIAL_PARTY_COMMITTEE", "GRASSROOTS_PARTY_CELL", "INSPECTION_COMMISSION"))
                .body("find { it.code == 'GRASSROOTS_PARTY_COMMITTEE' }.nameVi", equalTo("Đảng bộ cơ sở"));
    }

    @Test
    void shouldLetAnAdministratorAddAKindAndRetireItWithoutLosingUnitsThatUseIt() {
        String code = "WARD_" + OrgUnits.uniqueCode().substring(2).replace("-", "");
        Map<String, Object> kind = Map.of("code", code, "nameVi", "Đảng bộ phường", "nameEn", "Ward party organization",
                "category", "PARTY_ORGANIZATION", "levelRank", 3);
        given().contentType(ContentType.JSON).body(kind).when().post("/api/v1/org-unit-kinds").then().statusCode(201);
        given().contentType(ContentType.JSON).body(kind).when().post("/api/v1/org-unit-kinds").then().statusCode(409);
        String unit = Cases.unit("Đảng bộ phường Khai Quang", code, null);

        String etag = given().when().get("/api/v1/org-unit-kinds/" + code).then().statusCode(200).extract().header("ETag");
        Map<String, Object> retired = new java.util.HashMap<>(kind);
        retired.put("active", false);
        given().contentType(ContentType.JSON).body(retired).when().put("/api/v1/org-unit-kinds/" + code)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).body(retired).header("If-Match", "\"999\"")
                .when().put("/api/v1/org-unit-kinds/" + code).then().statusCode(412);
        given().contentType(ContentType.JSON).body(retired).header("If-Match", etag)
                .when().put("/api/v1/org-unit-kinds/" + code).then().statusCode(200).body("active", equalTo(false));

        OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Đảng bộ phường mới", "kind", code))
                .statusCode(422).body("type", containsString("unknown-kind"));
        given().when().get("/api/v1/org-units/" + unit).then().statusCode(200).body("kind", equalTo(code));
    }

    @Test
    void shouldRejectAKindWithABadCategoryOrLevel() {
        long before = OrgUnitKind.count();
        given().contentType(ContentType.JSON).body(Map.of("code", "X_BAD", "nameVi", "X", "nameEn", "X",
                "category", "SOMETHING", "levelRank", 12)).when().post("/api/v1/org-unit-kinds")
                .then().statusCode(400).body("errors.field", hasItems("category", "levelRank"));
        assertThat(OrgUnitKind.count()).isEqualTo(before);
    }

    @Test
    void shouldRecordACongressAndItsBodiesThenChangeItOnlyWithTheCurrentETag() {
        String unit = Cases.unit("Tỉnh ủy Vĩnh Phúc (đại hội)", "PROVINCIAL_PARTY_COMMITTEE", null);
        Map<String, Object> congress = Map.of("congressOrdinal", 18, "congressDate", "2025-10-15",
                "executiveCommitteeSeats", 53, "standingCommitteeSeats", 15, "inspectionCommissionSeats", 11);

        String etag = given().contentType(ContentType.JSON).body(congress)
                .when().put("/api/v1/org-units/" + unit + "/terms/2025-2030")
                .then().statusCode(201).body("congressNumeral", equalTo("XVIII")).extract().header("ETag");
        given().contentType(ContentType.JSON).body(congress).when().put("/api/v1/org-units/" + unit + "/terms/2025-2030")
                .then().statusCode(428);
        Map<String, Object> corrected = new java.util.HashMap<>(congress);
        corrected.put("executiveCommitteeSeats", 55);
        given().contentType(ContentType.JSON).body(corrected).header("If-Match", etag)
                .when().put("/api/v1/org-units/" + unit + "/terms/2025-2030").then().statusCode(200)
                .body("executiveCommitteeSeats", equalTo(55));
        given().contentType(ContentType.JSON).body(corrected).header("If-Match", etag)
                .when().put("/api/v1/org-units/" + unit + "/terms/2025-2030").then().statusCode(412);

        given().when().get("/api/v1/org-units/" + unit + "/terms").then().statusCode(200)
                .body("termCode", hasItem("2025-2030"));
        EventCatalog.assertDescribes(Cases.event(unit, OrgStructureEvents.CONGRESS_RECORDED_V1));
    }

    @Test
    void shouldRefuseImpossibleCongressRecords() {
        String unit = Cases.unit("Đảng bộ xã (đại hội)", "GRASSROOTS_PARTY_COMMITTEE", null);
        long before = UnitTerm.count();
        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 3, "executiveCommitteeSeats", 9,
                "standingCommitteeSeats", 11)).when().put("/api/v1/org-units/" + unit + "/terms/2025-2030")
                .then().statusCode(400).body("errors.field", hasItem("standingCommitteeSeats"));
        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 0))
                .when().put("/api/v1/org-units/" + unit + "/terms/2025-2030")
                .then().statusCode(400).body("errors.field", hasItem("congressOrdinal"));
        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 3))
                .when().put("/api/v1/org-units/" + unit + "/terms/1990-1995").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 3, "congressDate", "2019-05-01"))
                .when().put("/api/v1/org-units/" + unit + "/terms/2020-2025").then().statusCode(422);
        assertThat(UnitTerm.count()).isEqualTo(before);
    }
}
