package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.JobPosition;

/** Job positions: a code unique within the unit, corrected under If-Match, ended instead of deleted. */
@QuarkusTest
class JobPositionTest {

    private static final String JOBS = "/api/v1/job-positions";

    @Test
    void shouldCreateCorrectAndEndAJobPositionThatStaysReadable() {
        String unit = OrgUnits.create("Ban Tổ chức thử vị trí việc làm");
        String id = Positions.post(JOBS, job(unit, "VTVL-01")).statusCode(201).header("ETag", "\"0\"")
                .body("requiredGrade", equalTo("Chuyên viên chính")).body("count", equalTo(2)).extract().path("id");
        given().header("If-None-Match", "\"0\"").when().get(JOBS + "/" + id).then().statusCode(304);

        Positions.write("PATCH", JOBS + "/" + id, "\"0\"", Map.of("count", 3)).statusCode(200)
                .header("ETag", "\"1\"").body("count", equalTo(3)).body("name", equalTo("Chuyên viên theo dõi cán bộ"));
        Positions.write("POST", JOBS + "/" + id + "/end", "\"1\"", Map.of("endDate", "2026-01-01")).statusCode(200)
                .body("status", equalTo("ENDED")).body("validTo", equalTo("2026-01-01"));

        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-12-31").when().get(JOBS).then()
                .body("items.id", hasItem(id));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2026-01-01").when().get(JOBS).then()
                .body("items", hasSize(0));
        given().when().get(JOBS + "/" + id).then().statusCode(200).body("status", equalTo("ENDED"));
        // The ended job position frees its code for a successor.
        Positions.post(JOBS, with(job(unit, "vtvl-01"), "validFrom", "2026-01-01")).statusCode(201);
    }

    @Test
    void shouldKeepCodesUniqueWithinAUnitOnly() {
        String unit = OrgUnits.create("Văn phòng thử mã trùng");
        Positions.post(JOBS, job(unit, "KT-01")).statusCode(201);
        long before = JobPosition.count();

        Positions.post(JOBS, job(unit, "kt-01")).statusCode(409).body("type", containsString("duplicate-code"));
        assertThat(JobPosition.count()).isEqualTo(before);
        Positions.post(JOBS, job(OrgUnits.create("Văn phòng khác"), "KT-01")).statusCode(201);
    }

    @Test
    void shouldRefuseWritesWithoutOrWithStaleVersionsAndBadInput() {
        String unit = OrgUnits.create("Chi bộ thử vị trí sai");
        String id = Positions.post(JOBS, job(unit, "X-1")).statusCode(201).extract().path("id");
        long before = JobPosition.count();

        Positions.write("PATCH", JOBS + "/" + id, null, Map.of("count", 3)).statusCode(428);
        Positions.write("PATCH", JOBS + "/" + id, "\"4\"", Map.of("count", 3)).statusCode(412);
        Positions.write("PATCH", JOBS + "/" + id, "\"0\"", Map.of("count", 0)).statusCode(400)
                .body("errors.field", hasItem("count"));
        Positions.write("PATCH", JOBS + "/" + id, "\"0\"", Map.of("name", "  ")).statusCode(400);
        Positions.write("POST", JOBS + "/" + id + "/end", "\"0\"", Map.of("endDate", "2025-01-01")).statusCode(409)
                .body("type", containsString("end-not-after-start"));
        Positions.post(JOBS, with(job(unit, "X-2"), "count", 0)).statusCode(400).body("errors.field", hasItem("count"));
        Positions.post(JOBS, with(job(unit, "X-3"), "orgUnitId", "00000000-0000-0000-0000-000000000006"))
                .statusCode(422).body("type", containsString("unknown-unit"));
        Positions.post(JOBS, with(job(unit, "X-4"), "validFrom", "2019-01-01")).statusCode(422)
                .body("type", containsString("unit-not-in-effect"));

        assertThat(JobPosition.count()).isEqualTo(before);
        given().when().get(JOBS + "/" + id).then().body("count", equalTo(2)).body("status", equalTo("ACTIVE"));
    }

    private static Map<String, Object> job(String unit, String code) {
        return new HashMap<>(Map.of("orgUnitId", unit, "code", code, "name", "Chuyên viên theo dõi cán bộ",
                "requiredGrade", "Chuyên viên chính", "count", 2, "validFrom", "2025-01-01"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
