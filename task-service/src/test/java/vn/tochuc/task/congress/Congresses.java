package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The calls congress tests make, as the Board officer unless a test sends its own token. */
final class Congresses {

    static final String TERM = "2025-2030";

    private Congresses() {
    }

    static Response open(UUID unit, String plannedDate) {
        Map<String, Object> body = new HashMap<>(Map.of("orgUnitId", unit, "term", TERM));
        if (plannedDate != null) {
            body.put("plannedDate", plannedDate);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/congresses");
    }

    /** Opens the unit's plan and answers its id. */
    static String opened(UUID unit, String plannedDate) {
        return open(unit, plannedDate).then().statusCode(201).extract().path("id");
    }

    static String etag(String planId) {
        return given().get("/api/v1/congresses/" + planId).then().statusCode(200).extract().header("ETag");
    }

    static Response schedule(String planId, String plannedDate) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(planId))
                .body(Map.of("plannedDate", plannedDate)).patch("/api/v1/congresses/" + planId);
    }

    static Response reach(String planId, String milestone, String date) {
        return given().contentType(ContentType.JSON).header("If-Match", etag(planId)).body(Map.of("date", date))
                .post("/api/v1/congresses/" + planId + "/milestones/" + milestone);
    }

    /** Records the plan approved, the personnel plan approved (by the Board, above every unit) and the congress. */
    static void held(String planId, String personnelApproved, String heldOn) {
        reach(planId, "PLAN_APPROVED", personnelApproved).then().statusCode(200);
        reach(planId, "PERSONNEL_PLAN_APPROVED", personnelApproved).then().statusCode(200);
        if (heldOn != null) {
            reach(planId, "CONGRESS_HELD", heldOn).then().statusCode(200);
        }
    }
}
