package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subtree and whole-tree reads, which are streamed as they are read from the database (issue 13). */
@QuarkusTest
class OrgTreeReadTest {

    @Test
    void shouldListASubtreeDepthFirstWithSiblingsByNameAndTheirDepth() {
        Tree t = tree();

        JsonPath subtree = given().queryParam("asOf", "2022-01-01").when()
                .get("/api/v1/org-units/" + t.root() + "/subtree").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();

        assertThat(subtree.getList("id")).containsExactly(t.root(), t.a(), t.b(), t.underB());
        assertThat(subtree.getList("depth", Integer.class)).containsExactly(0, 1, 1, 2);
        assertThat(subtree.getString("[1].name")).isEqualTo("Đảng bộ xã An Hòa");
    }

    @Test
    void shouldLeaveOutOfTheSubtreeTheUnitsNotYetEstablishedOnTheDate() {
        Tree t = tree();

        List<String> ids = given().queryParam("asOf", "2020-06-01").when()
                .get("/api/v1/org-units/" + t.root() + "/subtree").then().statusCode(200).extract().jsonPath()
                .getList("id");

        assertThat(ids).containsExactly(t.root());
    }

    @Test
    void shouldAnswerNotFoundForTheSubtreeOfAUnitNotYetEstablishedOnTheDate() {
        Tree t = tree();

        given().queryParam("asOf", "2019-01-01").when().get("/api/v1/org-units/" + t.root() + "/subtree").then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldListTheWholeTreeFromTheRootsWithTheirUnitsBelowThem() {
        Tree t = tree();

        JsonPath whole = given().queryParam("asOf", "2022-01-01").when().get("/api/v1/org-units/tree").then()
                .statusCode(200).extract().jsonPath();

        List<String> ids = whole.getList("id");
        assertThat(ids).containsSubsequence(t.root(), t.a(), t.b(), t.underB());
        assertThat(whole.getInt("find { it.id == '" + t.root() + "' }.depth")).isZero();
    }

    @Test
    void shouldStopTheWholeTreeAtTheDepthAsked() {
        Tree t = tree();

        List<String> ids = given().queryParam("asOf", "2022-01-01").queryParam("depth", 0).when()
                .get("/api/v1/org-units/tree").then().statusCode(200).extract().jsonPath().getList("id");

        assertThat(ids).contains(t.root()).doesNotContain(t.a(), t.b(), t.underB());
    }

    private record Tree(String root, String a, String b, String underB) {
    }

    /** A root from 2020 with two units from 2021 (named so that A sorts first) and one below B. */
    private static Tree tree() {
        String root = Cases.unit("Huyện ủy Cây Thử", "DISTRICT_PARTY_COMMITTEE", null);
        String b = child(root, "Đảng bộ xã Bình Hòa", "GRASSROOTS_PARTY_COMMITTEE");
        String a = child(root, "Đảng bộ xã An Hòa", "GRASSROOTS_PARTY_COMMITTEE");
        return new Tree(root, a, b, child(b, "Chi bộ thôn Đông", "PARTY_CELL"));
    }

    private static String child(String parent, String name, String kind) {
        return OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", kind,
                "parentId", parent, "validFrom", "2021-01-01")).statusCode(201).extract().path("id");
    }
}
