package vn.tochuc.task.target;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.tochuc.task.target.TargetCalls.define;
import static vn.tochuc.task.target.TargetCalls.defined;
import static vn.tochuc.task.target.TargetCalls.newMembers;
import static vn.tochuc.task.target.TargetCalls.resolution;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.target.TargetCalls.Tree;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TargetTest {

    @Test
    void shouldDefineATargetOverTheTermOfItsDocumentAndReadItWithItsETag() {
        Tree tree = Tree.create("Vĩnh Tường");
        String document = resolution(tree.province());
        Map<String, Object> body = newMembers(document, tree.province());
        io.restassured.response.Response created = define(body);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .body("term", equalTo("2020-2025")).body("yearlyTargets[0].year", equalTo(2024))
                .body("termTarget", equalTo(6500.0f));
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/api/v1/targets/" + id);

        given().get("/api/v1/targets/" + id).then().statusCode(200).body("unitOfMeasure", equalTo("đảng viên"))
                .body("direction", equalTo("HIGHER_IS_BETTER")).body("ownerUnitId", equalTo(tree.province().toString()));
        given().header("If-None-Match", "\"0\"").get("/api/v1/targets/" + id).then().statusCode(304);
        given().queryParam("documentId", document).get("/api/v1/targets").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldRefuseASecondTargetWithTheSameCodeInADocument() {
        Tree tree = Tree.create("Yên Lạc");
        Map<String, Object> body = newMembers(resolution(tree.province()), tree.province());
        define(body).then().statusCode(201);
        define(body).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/duplicate-target"));
    }

    @Test
    void shouldPageTargetsOfADocumentInOrderOfCode() {
        Tree tree = Tree.create("Mê Linh");
        String document = resolution(tree.province());
        for (String code : List.of("CT-03", "CT-01", "CT-02")) {
            Map<String, Object> body = newMembers(document, tree.province());
            body.put("code", code);
            defined(body);
        }
        String next = given().queryParam("documentId", document).queryParam("limit", 2).get("/api/v1/targets")
                .then().statusCode(200).body("items.code", equalTo(List.of("CT-01", "CT-02")))
                .extract().path("nextPageToken");
        given().queryParam("documentId", document).queryParam("limit", 2).queryParam("pageToken", next)
                .get("/api/v1/targets").then().statusCode(200).body("items.code", equalTo(List.of("CT-03")))
                .body("nextPageToken", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldChangeTheYearlyTargetsOnlyAtTheVersionReadAndOnlyForTheOwningUnit() {
        Tree tree = Tree.create("Tam Đảo");
        String id = defined(newMembers(resolution(tree.province()), tree.province()));
        String url = "/api/v1/targets/" + id + "/yearly-targets";
        Map<String, Object> change = Map.of("termTarget", 7000,
                "yearlyTargets", List.of(Map.of("year", 2023, "value", 1200), Map.of("year", 2024, "value", 1400)));

        given().contentType(ContentType.JSON).body(change).put(url).then().statusCode(428);
        given().header("If-Match", "*").contentType(ContentType.JSON).body(change).put(url).then().statusCode(428);
        given().header("If-Match", "\"5\"").contentType(ContentType.JSON).body(change).put(url).then().statusCode(412);
        given().header("Authorization", Tokens.unitOfficer("district", tree.districtA())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(change).put(url).then().statusCode(403);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("termTarget", 7000, "yearlyTargets", List.of(Map.of("year", 2019, "value", 1))))
                .put(url).then().statusCode(400).body("errors[0].field", equalTo("yearlyTargets"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change).put(url).then()
                .statusCode(200).header("ETag", "\"1\"").body("termTarget", equalTo(7000.0f))
                .body("yearlyTargets.year", equalTo(List.of(2023, 2024)));
    }

    @Test
    void shouldLetAUnitOfficerDefineTargetsOnlyForItsOwnUnits() {
        Tree tree = Tree.create("Sông Lô");
        String document = resolution(tree.province());
        String officer = Tokens.unitOfficer("district-a", tree.districtA());
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(newMembers(document, tree.districtB())).post("/api/v1/targets").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unknown-unit"));
        String own = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(newMembers(document, tree.districtA())).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id");
        String ofB = defined(newMembers(document, tree.districtB()));
        given().header("Authorization", officer).queryParam("documentId", document).get("/api/v1/targets").then()
                .statusCode(200).body("items.id", hasItem(own)).body("items.id", not(hasItem(ofB)));
        given().header("Authorization", Tokens.scoped("viewer", List.of(tree.districtA()), "viewer"))
                .contentType(ContentType.JSON).body(newMembers(document, tree.districtA())).post("/api/v1/targets")
                .then().statusCode(403);
    }

    @Test
    void shouldAnswerBadTargetsWithAProblemAndDefineNothing() {
        Tree tree = Tree.create("Lập Thạch");
        String document = resolution(tree.province());
        given().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/targets").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> bad = newMembers(document, tree.province());
        bad.put("termTarget", "sáu nghìn");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("termTarget"));
        bad.put("termTarget", 6500);
        bad.put("direction", "UP");
        define(bad).then().statusCode(400).contentType("application/problem+json");
        bad.put("direction", "HIGHER_IS_BETTER");
        bad.put("name", "x".repeat(501));
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("name"));
        bad.put("name", " ");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("name"));
        bad.put("name", "Kết nạp đảng viên mới");
        bad.put("term", "2020");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("term"));
        bad.put("term", "2025-2020");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("term"));
        bad.remove("term");
        bad.put("yearlyTargets", List.of(Map.of("year", 2026, "value", 10)));
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("yearlyTargets"));
        bad.put("yearlyTargets", List.of(Map.of("year", 2024, "value", 10), Map.of("year", 2024, "value", 11)));
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("yearlyTargets"));
        bad.put("yearlyTargets", List.of());
        bad.remove("baselineValue");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("baselineValue"));
        bad.put("baselineValue", 5200);
        bad.put("documentId", UUID.randomUUID());
        define(bad).then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unknown-document"));
        bad.put("documentId", "not-a-document");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("documentId"));
        bad.put("documentId", document);
        bad.remove("ownerUnitId");
        define(bad).then().statusCode(400).body("errors[0].field", equalTo("ownerUnitId"));

        given().queryParam("documentId", document).get("/api/v1/targets").then().statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/targets/not-an-id").then().statusCode(404);
        given().get("/api/v1/targets/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/targets?ownerUnitId=x").then().statusCode(400).body("errors[0].field", equalTo("ownerUnitId"));
        given().get("/api/v1/targets?pageToken=forged").then().statusCode(400);
    }
}
