package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.rest.TreeAnswers;
import vn.tochuc.org.rest.TreeNodes;
import vn.tochuc.org.service.OrgUnitService;
import vn.tochuc.org.service.TreeOutlines;

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
    TreeNodes nodes;

    @Inject
    OrgUnitService units;

    @Inject
    TreeOutlines outlines;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

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

    @Test
    void shouldAnswerAnotherDateOfAPeriodReadBeforeFromItsKeptAnswerWithThatDateWrittenIn() {
        // nothing in the test database takes or loses effect in 2023 but what these tests put there
        String root = Cases.unit("Huyện ủy Cùng Thời Kỳ", "DISTRICT_PARTY_COMMITTEE", null);
        child(root, "Đảng bộ xã Thời Kỳ");
        assertThat(period(root, "2023-05-11")).isEqualTo(period(root, "2023-05-10"));
        subtree(root, "2023-05-10");
        long before = answers.answeredAgain();

        ExtractableResponse<Response> otherDay = subtree(root, "2023-05-11");

        assertThat(answers.answeredAgain()).isEqualTo(before + 1);
        assertThat(otherDay.asByteArray()).isEqualTo(walked(root, "2023-05-11"));
        assertThat(otherDay.jsonPath().getList("asOf")).containsOnly("2023-05-11");
        assertThat(otherDay.header("ETag")).isNotEqualTo(subtree(root, "2023-05-10").header("ETag"));
    }

    @Test
    void shouldWalkTheFirstDateOnWhichAUnitTookEffectThoughTheDayBeforeWasKept() {
        String root = Cases.unit("Huyện ủy Có Xã Mới", "DISTRICT_PARTY_COMMITTEE", null);
        OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Đảng bộ xã Lập Mới", "kind",
                "GRASSROOTS_PARTY_COMMITTEE", "parentId", root, "validFrom", "2023-08-01")).statusCode(201);
        subtree(root, "2023-07-31");
        long before = answers.answeredAgain();

        ExtractableResponse<Response> firstDay = subtree(root, "2023-08-01");

        assertThat(answers.answeredAgain()).isEqualTo(before);
        assertThat(firstDay.jsonPath().getList("name")).containsExactly("Huyện ủy Có Xã Mới", "Đảng bộ xã Lập Mới");
    }

    @Test
    void shouldWalkTheDayAUnitWasDissolvedThoughTheDayBeforeWasKept() {
        String root = Cases.unit("Huyện ủy Có Xã Giải Thể", "DISTRICT_PARTY_COMMITTEE", null);
        String dissolved = child(root, "Đảng bộ xã Giải Thể");
        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", dissolved, "effectiveDate", "2023-03-14", "decision",
                Map.of("number", "77-QĐ/TU", "date", "2023-03-01", "issuer", "Ban Thường vụ Tỉnh ủy")));
        assertThat(subtree(root, "2023-03-13").jsonPath().getList("name"))
                .containsExactly("Huyện ủy Có Xã Giải Thể", "Đảng bộ xã Giải Thể");
        long before = answers.answeredAgain();

        ExtractableResponse<Response> dayOfDissolution = subtree(root, "2023-03-14");

        assertThat(answers.answeredAgain()).isEqualTo(before);
        assertThat(dayOfDissolution.jsonPath().getList("name")).containsExactly("Huyện ủy Có Xã Giải Thể");
    }

    @Test
    void shouldWriteAPeriodNotReadBeforeFromTheNodesOfItsUnitsWithTheBytesOfAWalk() {
        String root = communeEstablishedAfterARead("Huyện ủy Nút Đã Viết");
        long keptAnswers = answers.answeredAgain() + answers.answeredFromAnotherPeriod();
        long copied = nodes.copied();
        long written = nodes.written();

        ExtractableResponse<Response> otherPeriod = subtree(root, "2022-08-08");

        assertThat(answers.answeredAgain() + answers.answeredFromAnotherPeriod()).isEqualTo(keptAnswers);
        assertThat(nodes.copied()).isEqualTo(copied + 2);
        assertThat(nodes.written()).isEqualTo(written + 1);
        assertThat(otherPeriod.asByteArray()).isEqualTo(walked(root, "2022-08-08"));
    }

    @Test
    void shouldAnswerADateWhoseSubtreeDidNotChangeFromTheAnswerKeptForAnotherPeriod() {
        String root = Cases.unit("Huyện ủy Không Đổi Kỳ", "DISTRICT_PARTY_COMMITTEE", null);
        child(root, "Đảng bộ xã Không Đổi Kỳ");
        // a unit elsewhere taking effect in between makes 2022-10-10 a period of its own
        OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Huyện ủy Nơi Khác", "kind",
                "DISTRICT_PARTY_COMMITTEE", "validFrom", "2022-09-09")).statusCode(201);
        assertThat(period(root, "2022-10-10")).isNotEqualTo(period(root, "2022-07-07"));
        subtree(root, "2022-07-07");
        long before = answers.answeredFromAnotherPeriod();

        ExtractableResponse<Response> later = subtree(root, "2022-10-10");

        assertThat(answers.answeredFromAnotherPeriod()).isEqualTo(before + 1);
        assertThat(later.asByteArray()).isEqualTo(walked(root, "2022-10-10"));
        assertThat(later.jsonPath().getList("asOf")).containsOnly("2022-10-10");
    }

    @Test
    void shouldWalkADateOnWhichAUnitOfTheSubtreeWasRenamedThoughAnotherPeriodWasKept() {
        String root = Cases.unit("Huyện ủy Có Xã Đổi Tên Kỳ", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Tên Kỳ Trước");
        Cases.apply(Cases.caseOf("RENAME", "unitId", commune, "newName", "Đảng bộ xã Tên Kỳ Sau", "effectiveDate",
                "2022-09-09"));
        subtree(root, "2022-07-07");
        long before = answers.answeredFromAnotherPeriod();

        ExtractableResponse<Response> later = subtree(root, "2022-10-10");

        assertThat(answers.answeredFromAnotherPeriod()).isEqualTo(before);
        assertThat(later.jsonPath().getList("name")).containsExactly("Huyện ủy Có Xã Đổi Tên Kỳ",
                "Đảng bộ xã Tên Kỳ Sau");
    }

    @Test
    void shouldWalkADateOnWhichTheUnitReadWasRenamedThoughAnotherPeriodWasKept() {
        // the unit read has its parent outside the answer: only its own id shows its change
        String root = Cases.unit("Huyện ủy Tên Cũ Kỳ", "DISTRICT_PARTY_COMMITTEE", null);
        Cases.apply(Cases.caseOf("RENAME", "unitId", root, "newName", "Huyện ủy Tên Mới Kỳ", "effectiveDate",
                "2022-09-09"));
        subtree(root, "2022-07-07");

        ExtractableResponse<Response> later = subtree(root, "2022-10-10");

        assertThat(later.jsonPath().getList("name")).containsExactly("Huyện ủy Tên Mới Kỳ");
    }

    @Test
    void shouldWalkADateOnWhichAUnitMovedIntoTheSubtreeThoughAnotherPeriodWasKept() {
        String root = Cases.unit("Huyện ủy Nhận Xã", "DISTRICT_PARTY_COMMITTEE", null);
        String elsewhere = Cases.unit("Huyện ủy Cho Xã", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(elsewhere, "Đảng bộ xã Chuyển Đến");
        Cases.apply(Cases.caseOf("MOVE", "unitId", commune, "newParentId", root, "effectiveDate", "2022-09-09"));
        subtree(root, "2022-07-07");

        ExtractableResponse<Response> later = subtree(root, "2022-10-10");

        assertThat(later.jsonPath().getList("name")).containsExactly("Huyện ủy Nhận Xã", "Đảng bộ xã Chuyển Đến");
    }

    @Test
    void shouldWalkAnEarlierDateBeforeAUnitOfTheSubtreeWasDissolvedThoughALaterPeriodWasKept() {
        String root = Cases.unit("Huyện ủy Xã Đã Giải Thể", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Còn Trước Đó");
        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", commune, "effectiveDate", "2022-09-09", "decision",
                Map.of("number", "92-QĐ/TU", "date", "2022-09-01", "issuer", "Ban Thường vụ Tỉnh ủy")));
        assertThat(subtree(root, "2022-10-10").jsonPath().getList("name")).containsExactly("Huyện ủy Xã Đã Giải Thể");

        ExtractableResponse<Response> earlier = subtree(root, "2022-07-07");

        assertThat(earlier.jsonPath().getList("name")).containsExactly("Huyện ủy Xã Đã Giải Thể",
                "Đảng bộ xã Còn Trước Đó");
        assertThat(earlier.asByteArray()).isEqualTo(walked(root, "2022-07-07"));
    }

    @Test
    void shouldCopyTheNodeOfAUnitIntoASubtreeWhereItStandsAtAnotherDepth() {
        String root = Cases.unit("Huyện ủy Nút Hai Tầng", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Nút Hai Tầng");
        subtree(root, "2022-03-03");
        long copied = nodes.copied();

        ExtractableResponse<Response> itsOwn = subtree(commune, "2022-03-03");

        assertThat(nodes.copied()).isEqualTo(copied + 1);
        assertThat(itsOwn.jsonPath().getList("depth")).containsExactly(0);
        assertThat(itsOwn.asByteArray()).isEqualTo(walked(commune, "2022-03-03"));
    }

    @Test
    void shouldNotCopyTheNodeOfAUnitDissolvedSinceItWasWritten() {
        // the version in effect on the date read is the same before and after: only the unit's version tells
        String root = Cases.unit("Huyện ủy Nút Cũ Giải Thể", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Nút Cũ Giải Thể");
        subtree(root, "2022-04-04");
        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", commune, "effectiveDate", "2024-01-15", "decision",
                Map.of("number", "91-QĐ/TU", "date", "2024-01-02", "issuer", "Ban Thường vụ Tỉnh ủy")));

        ExtractableResponse<Response> after = subtree(root, "2022-04-04");

        assertThat(after.jsonPath().getList("validTo")).containsExactly(null, "2024-01-15");
        assertThat(after.jsonPath().getList("ceasedOn")).containsExactly(null, "2024-01-15");
        assertThat(after.asByteArray()).isEqualTo(walked(root, "2022-04-04"));
    }

    @Test
    void shouldPutAPeriodNotReadBeforeInOrderFromTheOutlineWithTheBytesOfAWalk() {
        String root = Cases.unit("Huyện ủy Dàn Ý", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Bê");
        child(commune, "Chi bộ thôn Dàn Ý", "PARTY_CELL");
        child(root, "Đảng bộ xã Dàn Ý Cê");
        // the rename puts the commune after its sibling from 2022-05-05 on: another period, another order
        Cases.apply(Cases.caseOf("RENAME", "unitId", commune, "newName", "Đảng bộ xã Dàn Ý Dê", "effectiveDate",
                "2022-05-05"));
        subtree(root, "2022-01-01");
        long walked = outlinedNow();

        ExtractableResponse<Response> later = subtree(root, "2022-06-06");

        assertThat(outlines.walked()).isEqualTo(walked + 1);
        assertThat(subtree(root, "2022-01-01").jsonPath().getList("name")).containsExactly("Huyện ủy Dàn Ý",
                "Đảng bộ xã Dàn Ý Bê", "Chi bộ thôn Dàn Ý", "Đảng bộ xã Dàn Ý Cê");
        assertThat(later.jsonPath().getList("name")).containsExactly("Huyện ủy Dàn Ý", "Đảng bộ xã Dàn Ý Cê",
                "Đảng bộ xã Dàn Ý Dê", "Chi bộ thôn Dàn Ý");
        assertThat(later.jsonPath().getList("depth")).containsExactly(0, 1, 1, 2);
        assertThat(later.asByteArray()).isEqualTo(walked(root, "2022-06-06"));
    }

    @Test
    void shouldReadFromTheDatabaseOnlyTheRowsOfTheUnitsTheOutlineFoundNoJsonFor() {
        String root = communeEstablishedAfterARead("Huyện ủy Dàn Ý Nút");
        long walked = outlinedNow();
        long copied = nodes.copied();
        long written = nodes.written();

        ExtractableResponse<Response> otherPeriod = subtree(root, "2022-08-08");

        assertThat(outlines.walked()).isEqualTo(walked + 1);
        assertThat(nodes.copied()).isEqualTo(copied + 2);
        assertThat(nodes.written()).isEqualTo(written + 1);
        assertThat(otherPeriod.asByteArray()).isEqualTo(walked(root, "2022-08-08"));
    }

    @Test
    void shouldStopTheOutlinesWalkAtTheDepthAsked() {
        String root = Cases.unit("Huyện ủy Dàn Ý Nông", "DISTRICT_PARTY_COMMITTEE", null);
        child(child(root, "Đảng bộ xã Dàn Ý Nông"), "Chi bộ thôn Dàn Ý Nông", "PARTY_CELL");
        long walked = outlinedNow();

        ExtractableResponse<Response> shallow = given().queryParam("asOf", "2022-03-03").queryParam("depth", 1)
                .when().get("/api/v1/org-units/" + root + "/subtree").then().statusCode(200).extract();

        assertThat(outlines.walked()).isEqualTo(walked + 1);
        assertThat(shallow.jsonPath().getList("name")).containsExactly("Huyện ủy Dàn Ý Nông", "Đảng bộ xã Dàn Ý Nông");
    }

    @Test
    void shouldGiveTheWholeTreeFromTheOutlineWithTheBytesOfAWalk() {
        String root = Cases.unit("Tỉnh ủy Dàn Ý", "PROVINCIAL_PARTY_COMMITTEE", null);
        child(root, "Đảng bộ Dàn Ý Toàn Cây");
        long walked = outlinedNow();

        ExtractableResponse<Response> tree = given().queryParam("asOf", "2021-12-12").when()
                .get("/api/v1/org-units/tree").then().statusCode(200).extract();

        assertThat(outlines.walked()).isEqualTo(walked + 1);
        assertThat(tree.jsonPath().getList("name")).contains("Tỉnh ủy Dàn Ý", "Đảng bộ Dàn Ý Toàn Cây");
        assertThat(tree.asByteArray()).isEqualTo(walked(null, "2021-12-12"));
    }

    @Test
    void shouldPutTheFirstReadAfterAChangeInOrderFromTheOutlineCaughtUpWithIt() {
        String root = Cases.unit("Huyện ủy Dàn Ý Cũ", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Trước");
        long walked = outlinedNow();
        long caughtUp = outlines.caughtUp();
        long whole = outlines.readWhole();
        Cases.apply(Cases.caseOf("RENAME", "unitId", commune, "newName", "Đảng bộ xã Dàn Ý Sau", "effectiveDate",
                "2022-05-05"));

        ExtractableResponse<Response> later = subtree(root, "2022-06-06");

        assertThat(later.jsonPath().getList("name")).containsExactly("Huyện ủy Dàn Ý Cũ", "Đảng bộ xã Dàn Ý Sau");
        assertThat(later.asByteArray()).isEqualTo(walked(root, "2022-06-06"));
        assertThat(outlines.walked()).isEqualTo(walked + 1);
        // by this read, or by the look if it came first: never by reading every version again
        assertThat(outlines.caughtUp()).isGreaterThan(caughtUp);
        assertThat(outlines.readWhole()).isEqualTo(whole);
    }

    @Test
    void shouldWalkInTheDatabaseWhenCatchingUpFindsItMissedAChange() {
        String root = Cases.unit("Huyện ủy Dàn Ý Lỡ", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Lỡ");
        outlinedNow();
        long whole = outlines.readWhole();
        missAChange(commune);
        long caughtUp = outlines.caughtUp();

        ExtractableResponse<Response> later = subtree(root, "2022-06-06");

        assertThat(later.asByteArray()).isEqualTo(walked(root, "2022-06-06"));
        // the look reads the whole outline, and the next period is put in order from it
        outlinedNow();
        assertThat(outlines.caughtUp()).isEqualTo(caughtUp);
        assertThat(outlines.readWhole()).isGreaterThan(whole);
        assertPutInOrderFromTheOutline(root, "2022-07-07");
    }

    @Test
    void shouldReadTheWholeOutlineAtOnceForAReaderWhoseCatchingUpGaveUp() {
        String root = Cases.unit("Huyện ủy Dàn Ý Đọc Ngay", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Đọc Ngay");
        outlinedNow();
        long forReaders = outlines.readWholeForReaders();
        missAChange(commune);

        subtree(root, "2022-06-07");

        // not left to the look, seconds later: the reader's walk asked for it
        await().atMost(Duration.ofSeconds(10)).until(() -> outlines.readWholeForReaders() > forReaders);
        assertPutInOrderFromTheOutline(root, "2022-08-08");
    }

    @Test
    void shouldWalkWithoutCatchingUpAReadThatBeganBeforeAChangeTheOutlineHasCaughtUpWith() {
        String root = Cases.unit("Huyện ủy Dàn Ý Đến Muộn", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Đến Muộn Trước");
        outlinedNow();
        OrgUnitService.TreeRead read = readBeforeARename(root, "2022-10-10", commune, "Đảng bộ xã Dàn Ý Đến Muộn Sau");
        outlinedNow();
        long caughtUp = outlines.caughtUp();
        long walked = outlines.walked();

        String written = new String(writtenByTheService(read), StandardCharsets.UTF_8);

        assertThat(outlines.caughtUp()).isEqualTo(caughtUp);
        assertThat(outlines.walked()).isEqualTo(walked);
        assertThat(written).contains("Đảng bộ xã Dàn Ý Đến Muộn Sau");
    }

    @Test
    void shouldWalkInTheDatabaseWhenARowChangedAfterTheReadsStamp() {
        // a change committed between a read's first statement and its rows: the outline is the stamp's, the row is
        // not, and a body may be newer than its stamp but never a mix of the two
        String root = Cases.unit("Huyện ủy Dàn Ý Giữa Chừng", "DISTRICT_PARTY_COMMITTEE", null);
        String commune = child(root, "Đảng bộ xã Dàn Ý Giữa Trước");
        outlinedNow();
        OrgUnitService.TreeRead read = readBeforeARename(root, "2022-09-09", commune, "Đảng bộ xã Dàn Ý Giữa Sau");
        long walked = outlines.walked();

        String written = new String(writtenByTheService(read), StandardCharsets.UTF_8);

        assertThat(outlines.walked()).isEqualTo(walked);
        assertThat(written).contains("Đảng bộ xã Dàn Ý Giữa Sau").doesNotContain("Đảng bộ xã Dàn Ý Giữa Trước");
    }

    /**
     * Reads {@code root}'s subtree one level deep as of {@code day} (no answer kept for it that another date could be
     * answered from) and checks it was put in order from the outline, byte for byte the walk's.
     */
    private void assertPutInOrderFromTheOutline(String root, String day) {
        long walked = outlines.walked();
        ExtractableResponse<Response> shallow = given().queryParam("asOf", day).queryParam("depth", 1)
                .when().get("/api/v1/org-units/" + root + "/subtree").then().statusCode(200).extract();
        assertThat(outlines.walked()).isEqualTo(walked + 1);
        assertThat(shallow.asByteArray()).isEqualTo(walked(root, day));
    }

    /**
     * The first statement of a read of {@code root}'s subtree as of {@code day} (its stamp), then {@code unit} renamed
     * from 5 May 2022: a read that began before a change.
     */
    private OrgUnitService.TreeRead readBeforeARename(String root, String day, String unit, String newName) {
        OrgUnitService.TreeRead read = QuarkusTransaction.requiringNew()
                .call(() -> units.treeRead(UUID.fromString(root), LocalDate.parse(day)));
        Cases.apply(Cases.caseOf("RENAME", "unitId", unit, "newName", newName, "effectiveDate", "2022-05-05"));
        return read;
    }

    /**
     * Changes {@code unit} with a time before the outline's latest by more than the margin, which catching up does not
     * read: a transaction that committed that long after it set its time, or a replica's clock that far behind.
     */
    private void missAChange(String unit) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update org_unit set version = version + 1,"
                + " updated_at = updated_at - interval '2 minutes' where id = cast(:id as uuid)")
                .setParameter("id", unit).executeUpdate());
    }

    /**
     * Waits until the look at the structure has seen it as it stands (nothing written ahead is under way), then has
     * the outline read for it; the count of reads put in order from it so far.
     */
    private long outlinedNow() {
        await().atMost(Duration.ofSeconds(30)).until(answers::writtenAheadOfTheStructure);
        QuarkusTransaction.requiringNew().run(() -> outlines.refresh(units.structureStamp()));
        return outlines.walked();
    }

    /** {@code read}'s units as the service hands them to the answer's writer (TreeNodes), in an array. */
    private byte[] writtenByTheService(OrgUnitService.TreeRead read) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            QuarkusTransaction.requiringNew().run(() -> units.walkDown(read, OrgUnitService.MAX_DEPTH,
                    nodes.writer(json, read.asOf().toString())));
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private LocalDate period(String unit, String day) {
        return QuarkusTransaction.requiringNew()
                .call(() -> units.treeRead(UUID.fromString(unit), LocalDate.parse(day)).period());
    }

    /** The subtree as the walk writes it for that date, with nothing kept in between. */
    private byte[] walked(String unit, String day) {
        OrgUnitService.TreeRead read = QuarkusTransaction.requiringNew()
                .call(() -> units.treeRead(unit == null ? null : UUID.fromString(unit), LocalDate.parse(day)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeJson.write(mapper, out, day, each -> units.walkDown(read, OrgUnitService.MAX_DEPTH, each));
        return out.toByteArray();
    }

    @Test
    void shouldAnswerNotModifiedToTheTagOfAnotherDateOfAKeptPeriod() {
        String root = Cases.unit("Huyện ủy Hỏi Lại", "DISTRICT_PARTY_COMMITTEE", null);
        subtree(root, "2023-05-20");
        String tag = subtree(root, "2023-05-21").header("ETag");

        given().header("If-None-Match", tag).queryParam("asOf", "2023-05-21").when()
                .get("/api/v1/org-units/" + root + "/subtree").then().statusCode(304);
        given().header("If-None-Match", tag).queryParam("asOf", "2023-05-22").when()
                .get("/api/v1/org-units/" + root + "/subtree").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("2023-05-22")));
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

    /**
     * A district with one commune, its subtree read as of 2022-02-02, and a second commune established on 2022-06-06,
     * which makes 2022-08-08 another period with another subtree.
     */
    private static String communeEstablishedAfterARead(String district) {
        String root = Cases.unit(district, "DISTRICT_PARTY_COMMITTEE", null);
        child(root, "Đảng bộ xã " + district);
        OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Đảng bộ xã Mới " + district, "kind",
                "GRASSROOTS_PARTY_COMMITTEE", "parentId", root, "validFrom", "2022-06-06")).statusCode(201);
        subtree(root, "2022-02-02");
        return root;
    }

    private static ExtractableResponse<Response> subtree(String unit) {
        return subtree(unit, AFTER_THE_CASE);
    }

    private static ExtractableResponse<Response> subtree(String unit, String asOf) {
        return given().queryParam("asOf", asOf).when().get("/api/v1/org-units/" + unit + "/subtree").then()
                .statusCode(200).extract();
    }

    private static String child(String parent, String name) {
        return child(parent, name, "GRASSROOTS_PARTY_COMMITTEE");
    }

    private static String child(String parent, String name, String kind) {
        return OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", kind, "parentId", parent,
                "validFrom", "2021-01-01")).statusCode(201).extract().path("id");
    }
}
