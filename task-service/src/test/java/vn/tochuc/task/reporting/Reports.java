package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.task.OrgUnits;

/** A province with districts and communes, schedules over them, and the calls the tests make. */
final class Reports {

    final UUID province;
    final UUID district1;
    final UUID commune1;
    final UUID district2;

    private Reports(String name) {
        province = OrgUnits.unit(null, "Tỉnh ủy " + name, "PROVINCIAL_PARTY_COMMITTEE");
        district1 = OrgUnits.unit(province, "Huyện ủy A " + name, "DISTRICT_PARTY_COMMITTEE");
        commune1 = OrgUnits.unit(district1, "Đảng ủy xã A1 " + name, "GRASSROOTS_PARTY_COMMITTEE");
        district2 = OrgUnits.unit(province, "Huyện ủy B " + name, "DISTRICT_PARTY_COMMITTEE");
    }

    static Reports tree(String name) {
        return new Reports(name);
    }

    Map<String, Object> quarterlyOfDistricts() {
        Map<String, Object> body = new HashMap<>();
        body.put("requestingUnitId", province);
        body.put("subject", "Báo cáo công tác tổ chức xây dựng Đảng");
        body.put("periodKind", "QUARTER");
        body.put("unitKind", "DISTRICT_PARTY_COMMITTEE");
        return body;
    }

    Map<String, Object> quarterlyOf(UUID... units) {
        Map<String, Object> body = quarterlyOfDistricts();
        body.remove("unitKind");
        body.put("units", List.of(units));
        return body;
    }

    static Response define(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/report-schedules");
    }

    static String defined(Map<String, Object> body) {
        return define(body).then().statusCode(201).extract().path("id");
    }

    static Response generate(String scheduleId, String period) {
        return given().header("If-Match", etag("/api/v1/report-schedules/" + scheduleId))
                .post("/api/v1/report-schedules/" + scheduleId + "/obligations?period=" + period);
    }

    /** The obligations made for the period, by unit. */
    static Map<UUID, String> obligations(String scheduleId, String period) {
        generate(scheduleId, period).then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
        List<Map<String, Object>> items = given().queryParam("scheduleId", scheduleId).queryParam("period", period)
                .queryParam("limit", 200).get("/api/v1/report-obligations").then().statusCode(200)
                .extract().path("items");
        Map<UUID, String> byUnit = new HashMap<>();
        items.forEach(i -> byUnit.put(UUID.fromString((String) i.get("unitId")), (String) i.get("id")));
        return byUnit;
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static String obligationTag(String id) {
        return etag("/api/v1/report-obligations/" + id);
    }

    static Response submit(RequestSpecification as, String id, String summary) {
        return as.header("If-Match", obligationTag(id)).contentType(ContentType.JSON)
                .body(Map.of("summary", summary, "attachmentRef", "docstore://bao-cao/" + id))
                .post("/api/v1/report-obligations/" + id + "/submissions");
    }

    static Response review(RequestSpecification as, String id, String action, String reason) {
        RequestSpecification call = as.header("If-Match", obligationTag(id));
        if (reason != null) {
            call = call.contentType(ContentType.JSON).body(Map.of("reason", reason));
        }
        return call.post("/api/v1/report-obligations/" + id + "/" + action);
    }
}
