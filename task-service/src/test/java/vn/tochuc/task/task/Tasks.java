package vn.tochuc.task.task;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the tasks API the tests share; each sends the caller's token when given (else the default Board officer). */
final class Tasks {

    static final String PATH = "/api/v1/tasks";

    private Tasks() {
    }

    static Map<String, Object> task(UUID lead, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "KEY_TASK");
        body.put("title", "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030");
        body.put("leadUnitId", lead.toString());
        body.put("deadline", deadline.toString());
        body.put("expectedResult", "Đại hội các cấp được tổ chức đúng kế hoạch");
        return body;
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header("Authorization", token);
    }

    /** A root task of {@code lead}, assigned: returns its id. */
    static String assignedRoot(UUID lead, LocalDate deadline) {
        String id = as(null).body(task(lead, deadline)).post(PATH).then().statusCode(201).extract().path("id");
        step(null, id, "ASSIGN", null).then().statusCode(200);
        return id;
    }

    static long version(String token, String id) {
        return ((Number) as(token).get(PATH + "/" + id).then().statusCode(200).extract().path("version")).longValue();
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Response step(String token, String id, String step, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as(token).header("If-Match", etag(version(token, id))).body(body).post(PATH + "/" + id + "/steps");
    }

    static Response assignTo(String token, String id, List<UUID> units, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitIds", units.stream().map(UUID::toString).toList());
        if (deadline != null) {
            body.put("deadline", deadline.toString());
        }
        return as(token).header("If-Match", etag(version(token, id))).body(body)
                .post(PATH + "/" + id + "/assignments");
    }

    static Response assignKind(String token, String id, String kind, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("unitKind", kind);
        return as(token).header("If-Match", etag(version(token, id))).body(body)
                .post(PATH + "/" + id + "/assignments");
    }

    static Response report(String token, String id, Object percent, String text) {
        return as(token).header("If-Match", etag(version(token, id)))
                .body(Map.of("percent", percent, "text", text)).post(PATH + "/" + id + "/progress-reports");
    }

    /** The id of the child task of {@code parent} given to {@code unit}. */
    static String childOf(String parent, UUID unit) {
        List<String> ids = as(null).get(PATH + "?parentId=" + parent + "&unitId=" + unit).then().statusCode(200)
                .extract().path("items.id");
        return ids.get(0);
    }
}
