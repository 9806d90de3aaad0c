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
import java.time.LocalDate;
import java.util.UUID;
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
        String root = communeRenamedAfterTwoReads("Huyện ủy Đổi Tên", "Đảng bộ xã Cũ", "Đảng bộ xã Mới");

        assertThat(subtree(root).jsonPath().getList("name")).containsExactly("Huyện ủy Đổi Tên", "Đảng bộ xã Mới");
    }

    @Test
    void shouldHaveASubtreeReadTwiceBeforeAChangeWrittenAgainForTheFirstReadAfterIt() {
        String root = communeRenamedAfterTwoReads("Huyện ủy Viết Trước", "Đảng bộ xã Tên Trước", "Đảng bộ xã Tên Sau");
        await().atMost(Duration.ofSeconds(30)).until(answers::writtenAheadOfTheStructure);
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
        await().atMost(Duration.ofSeconds(30)).until(answers::writtenAheadOfTheStructure);
        long before = answers.answeredAgain();

        subtree(once);
        assertThat(answers.answeredAgain()).isEqualTo(before);
        subtree(twice);
        assertThat(answers.answeredAgain()).isEqualTo(before + 1);
    }

    @Test
    void shouldGiveTheLookAtTheStructureTheStampOfItsReads() {
        // the look drops the kept answers whose stamp is not its own: a read's stamp must be written the same way
        UUID root = UUID.fromString(Cases.unit("Huyện ủy Cùng Dấu", "DISTRICT_PARTY_COMMITTEE", null));

        String read = QuarkusTransaction.requiringNew()
                .call(() -> units.treeRead(root, LocalDate.parse(AFTER_THE_CASE)).stamp());

        assertThat(QuarkusTransaction.requiringNew().call(units::structureStamp)).isEqualTo(read);
    }

    @Test
    void shouldAnswerNotModifiedToTheTagOfAKeptAnswer() {
        String root = Cases.unit("Huyện ủy Không Đổi", "DISTRICT_PARTY_COMMITTEE", null);
        String tag = subtree(root).header("ETag");
        subtree(root);

        given().header("If-None-Match", tag).queryParam("asOf", AFTER_THE_CASE).when()
                .get("/api/v1/org-units/" + root + "/subtree").then().statusCode(304);
    }

    /** A district with one commune, its subtree read twice (kept, and asked more than once), then the commune renamed. */
    private static String communeRenamedAfterTwoReads(String district, String commune, String newName) {
        String root = Cases.unit(district, "DISTRICT_PARTY_COMMITTEE", null);
        String renamed = child(root, commune);
        subtree(root);
        subtree(root);
        Cases.apply(Cases.caseOf("RENAME", "unitId", renamed, "newName", newName));
        return root;
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
