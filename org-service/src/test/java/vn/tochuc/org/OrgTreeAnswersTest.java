package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.rest.TreeAnswers;
import vn.tochuc.org.service.OrgUnitService;

/**
 * Tree reads answered again from the answer kept by their tag (TreeAnswers): the same bytes as a walk, and never the
 * structure as it was before a change.
 */
@QuarkusTest
class OrgTreeAnswersTest {

    private static final String AFTER_THE_CASE = "2025-08-01";

    @Inject
    TreeAnswers answers;

    @Inject
    OrgUnitService units;

    @Test
    void shouldAnswerTheSameSubtreeAgainWithTheBytesItWasWrittenWith() {
        String root = Cases.unit("Huyện ủy Giữ Lại", "DISTRICT_PARTY_COMMITTEE", null);
        child(root, "Đảng bộ xã Hòa An");
        long before = answers.answeredAgain();

        ExtractableResponse<Response> walked = subtree(root);
        ExtractableResponse<Response> again = subtree(root);

        assertThat(answers.answeredAgain()).isEqualTo(before + 1);
        assertThat(again.asByteArray()).isEqualTo(walked.asByteArray());
        assertThat(again.header("ETag")).isEqualTo(walked.header("ETag"));
        assertThat(again.jsonPath().getList("name")).containsExactly("Huyện ủy Giữ Lại", "Đảng bộ xã Hòa An");
    }

    @Test
    void shouldShowARenameInTheFirstReadAfterItThoughTheReadBeforeWasKept() {
        String root = Cases.unit("Huyện ủy Đổi Tên", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Cũ");
        subtree(root);
        subtree(root);

        Cases.apply(Cases.caseOf("RENAME", "unitId", commune, "newName", "Đảng bộ xã Mới"));

        assertThat(subtree(root).jsonPath().getList("name")).containsExactly("Huyện ủy Đổi Tên", "Đảng bộ xã Mới");
    }

    @Test
    void shouldHaveASubtreeReadTwiceBeforeAChangeWrittenAgainForTheFirstReadAfterIt() {
        String root = Cases.unit("Huyện ủy Viết Trước", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Tên Trước");
        subtree(root);
        subtree(root);

        Cases.apply(Cases.caseOf("RENAME", "unitId", commune, "newName", "Đảng bộ xã Tên Sau"));
        // written ahead once a look at the structure found it as it now stands
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.writtenAheadFor()
                .equals(QuarkusTransaction.requiringNew().call(units::structureStamp)));
        long before = answers.answeredAgain();

        assertThat(subtree(root).jsonPath().getList("name"))
                .containsExactly("Huyện ủy Viết Trước", "Đảng bộ xã Tên Sau");
        assertThat(answers.answeredAgain()).isEqualTo(before + 1);
    }

    @Test
    void shouldLeaveASubtreeReadOnlyOnceBeforeAChangeToBeWalkedByItsNextReader() {
        String once = Cases.unit("Huyện ủy Đọc Một Lần", "DISTRICT_PARTY_COMMITTEE", null);
        String twice = Cases.unit("Huyện ủy Đọc Hai Lần", "DISTRICT_PARTY_COMMITTEE", null);
        subtree(once);
        subtree(twice);
        subtree(twice);

        Cases.apply(Cases.caseOf("RENAME", "unitId", twice, "newName", "Huyện ủy Đã Đổi Tên"));
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.writtenAheadFor()
                .equals(QuarkusTransaction.requiringNew().call(units::structureStamp)));
        long before = answers.answeredAgain();

        subtree(once);
        assertThat(answers.answeredAgain()).isEqualTo(before);
        subtree(twice);
        assertThat(answers.answeredAgain()).isEqualTo(before + 1);
    }

    @Test
    void shouldAnswerNotModifiedToTheTagOfAKeptAnswer() {
        String root = Cases.unit("Huyện ủy Không Đổi", "DISTRICT_PARTY_COMMITTEE", null);
        String tag = subtree(root).header("ETag");
        subtree(root);

        given().header("If-None-Match", tag).queryParam("asOf", AFTER_THE_CASE).when()
                .get("/api/v1/org-units/" + root + "/subtree").then().statusCode(304);
    }

    private static ExtractableResponse<Response> subtree(String unit) {
        return given().queryParam("asOf", AFTER_THE_CASE).when().get("/api/v1/org-units/" + unit + "/subtree").then()
                .statusCode(200).extract();
    }

    private static String child(String parent, String name) {
        return OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", "GRASSROOTS_PARTY_COMMITTEE",
                "parentId", parent, "validFrom", "2021-01-01")).statusCode(201).extract().path("id");
    }
}
