package vn.tochuc.task.target;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.task.OrgUnits;

/** The calls the target tests make: a resolution, targets of it, figures; as the default Board officer or as given. */
final class TargetCalls {

    private TargetCalls() {
    }

    /** A province with two districts, each with a commune. */
    record Tree(UUID province, UUID districtA, UUID districtB, UUID communeA, UUID communeB) {
        static Tree create(String name) {
            UUID province = OrgUnits.unit(null, "Tỉnh ủy " + name, "PROVINCIAL_PARTY_COMMITTEE");
            UUID a = OrgUnits.unit(province, "Huyện ủy A " + name, "DISTRICT_PARTY_COMMITTEE");
            UUID b = OrgUnits.unit(province, "Huyện ủy B " + name, "DISTRICT_PARTY_COMMITTEE");
            return new Tree(province, a, b, OrgUnits.unit(a, "Đảng ủy xã A1 " + name),
                    OrgUnits.unit(b, "Đảng ủy xã B1 " + name));
        }
    }

    /** A congress resolution of the unit for 2020-2025; its id. */
    static String resolution(UUID issuer) {
        return given().contentType(ContentType.JSON).body(Map.of("numberSymbol",
                        "01-NQ/ĐH-" + UUID.randomUUID().toString().substring(0, 8), "kind", "RESOLUTION",
                        "title", "Nghị quyết Đại hội Đảng bộ lần thứ XVII", "issuerUnitId", issuer,
                        "issuedOn", "2020-10-15", "term", "2020-2025"))
                .post("/api/v1/source-documents").then().statusCode(201).extract().path("id");
    }

    /** New members admitted: 6,500 over the term, 1,300 in 2024, summed up the tree. */
    static Map<String, Object> newMembers(String documentId, UUID owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", documentId);
        body.put("code", "CT-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("name", "Kết nạp đảng viên mới");
        body.put("unitOfMeasure", "đảng viên");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("aggregation", "SUM");
        body.put("baselineYear", 2020);
        body.put("baselineValue", 5200);
        body.put("termTarget", 6500);
        body.put("yearlyTargets", List.of(Map.of("year", 2024, "value", 1300)));
        body.put("ownerUnitId", owner);
        return body;
    }

    static Response define(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/targets");
    }

    static String defined(Map<String, Object> body) {
        return define(body).then().statusCode(201).extract().path("id");
    }

    static Response measure(String target, Map<String, Object> body) {
        return measure(given(), target, body);
    }

    static Response measure(RequestSpecification as, String target, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/targets/" + target + "/measurements");
    }

    static Map<String, Object> figure(UUID unit, String period, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("period", period);
        body.put("value", value);
        body.put("evidence", "Báo cáo tổng kết năm");
        return body;
    }

    static Map<String, Object> ratio(UUID unit, String period, Object numerator, Object denominator) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("period", period);
        body.put("numerator", numerator);
        body.put("denominator", denominator);
        return body;
    }

    static String measured(String target, UUID unit, String period, Object value) {
        return measure(target, figure(unit, period, value)).then().statusCode(201).extract().path("id");
    }
}
