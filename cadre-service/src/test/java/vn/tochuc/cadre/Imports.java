package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Import files and calls of the import API. */
final class Imports {

    static final String PATH = "/api/v1/imports";
    /** RestAssured would otherwise declare ISO-8859-1, which the API refuses for CSV. */
    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Imports() {
    }

    /** A CSV file: the header, then one line per row, fields quoted where needed. */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(Imports::quote).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Posts a file whose ethnicity codes (if any) are the stored 2008 list's. */
    static ValidatableResponse post(String contentType, byte[] file) {
        return post(contentType, file, "QD_1019_2008");
    }

    /** Posts a file saying which list its ethnicity codes come from (null: not said). */
    static ValidatableResponse post(String contentType, byte[] file, String ethnicityScheme) {
        // A fresh log config has no failure log of the request: REST Assured would first format the whole file as
        // a list of byte values, seconds of the benchmark's POST for a file of a few MB.
        var request = given().config(RestAssured.config().logConfig(LogConfig.logConfig())).contentType(contentType)
                .body(file);
        if (ethnicityScheme != null) {
            request.queryParam("ethnicityScheme", ethnicityScheme);
        }
        return request.when().post(PATH).then();
    }

    /** Starts an import and waits until it has finished; returns its id. */
    static String run(String contentType, byte[] file) {
        String id = post(contentType, file).statusCode(202).extract().path("id");
        awaitFinished(id);
        return id;
    }

    static Map<String, Object> awaitFinished(String id) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> job(id), job -> !List.of("QUEUED", "RUNNING").contains(job.get("status")));
    }

    static Map<String, Object> job(String id) {
        return given().when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static List<Map<String, Object>> rows(String id, String status) {
        return given().queryParam("status", status).queryParam("limit", 200).when().get(PATH + "/" + id + "/rows")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
