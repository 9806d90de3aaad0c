package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.mapping.OrgUnitMapper;
import vn.tochuc.org.repository.OrgTreeRepository;

/**
 * The streamed subtree and tree answers, written straight from the database rows and ordered by ranks of siblings,
 * hold byte for byte to what the application's mapper wrote from response objects, in the order the former walk
 * (arrays of sibling texts) gave, on dates before, on and after a restructuring.
 */
@QuarkusTest
class OrgTreeStreamedJsonTest {

    private static final String BEFORE = "2025-06-30";
    private static final String AFTER = "2025-07-01";

    /** The walk down as it was before the ranks (issue 13): the order every answer has to keep. */
    private static final String FORMER_ORDER = "with recursive down (unit_id, depth, path) as ("
            + " select v.unit_id, 0, array[v.name_search_key || '/' || v.unit_id] from org_unit_version v"
            + " where %s and v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)"
            + " union all"
            + " select v.unit_id, down.depth + 1, down.path || (v.name_search_key || '/' || v.unit_id)"
            + " from org_unit_version v join down on v.parent_id = down.unit_id"
            + " where v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf) and down.depth < 50)"
            + " select cast(down.unit_id as text) from down order by down.path";

    @Inject
    ObjectMapper mapper;

    @Inject
    OrgTreeRepository tree;

    @Inject
    EntityManager em;

    @Test
    void shouldAnswerTheSubtreeWithTheSameBytesAndOrderAsBeforeOnEveryDateAroundARestructuring() {
        Units t = units();

        for (String date : List.of("2020-06-01", "2022-01-01", BEFORE, AFTER, LocalDate.now().toString())) {
            String body = given().queryParam("asOf", date).when().get("/api/v1/org-units/" + t.root() + "/subtree")
                    .then().statusCode(200).extract().asString();

            assertThat(body).as("subtree on " + date).isEqualTo(expected(tree.subtree(
                    UUID.fromString(t.root()), LocalDate.parse(date), 50), date));
            assertThat(given().queryParam("asOf", date).when().get("/api/v1/org-units/" + t.root() + "/subtree")
                    .then().extract().jsonPath().getList("id"))
                    .as("order on " + date).isEqualTo(formerOrder("v.unit_id = '" + t.root() + "'", date));
        }
    }

    @Test
    void shouldReadEveryUnitInEffectAtOnceIntoTheSameBytesAndOrderAsTheWalk() {
        Units t = units();

        // the read of every unit in effect answers the whole tree and the only root's subtree; here, among the other
        // tests' roots, it is held to the walk for the district and for a commune below it
        for (String date : List.of("2020-06-01", "2022-01-01", BEFORE, AFTER, LocalDate.now().toString())) {
            for (String unit : List.of(t.root(), t.one(), t.ten())) {
                assertThat(written(true, unit, date, 50)).as(unit + " on " + date)
                        .isEqualTo(written(false, unit, date, 50));
            }
            assertThat(written(true, t.root(), date, 1)).as("one level on " + date)
                    .isEqualTo(written(false, t.root(), date, 1));
            assertThat(written(true, null, date, 50)).as("tree on " + date).isEqualTo(written(false, null, date, 50));
            assertThat(written(true, null, date, 0)).as("roots on " + date).isEqualTo(written(false, null, date, 0));
        }
        assertThat(written(true, t.root(), "2020-06-01", 50)).isEqualTo(expected(tree.subtree(
                UUID.fromString(t.root()), LocalDate.parse("2020-06-01"), 50), "2020-06-01"));
        assertThat(written(true, t.oneA(), AFTER, 50)).isEqualTo("[]");
    }

    /** The JSON the streamed answer writes, from the read of every unit in effect or from the walk. */
    private String written(boolean everything, String unit, String date, int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UUID id = unit == null ? null : UUID.fromString(unit);
        TreeJson.write(mapper, out, date, each -> {
            if (everything) {
                tree.readDown(id, LocalDate.parse(date), depth, each);
            } else {
                tree.walkDown(id, LocalDate.parse(date), depth, each);
            }
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerTheWholeTreeWithTheSameBytesAndOrderAsBefore() {
        units();

        for (String date : List.of("2022-01-01", AFTER)) {
            String body = given().queryParam("asOf", date).when().get("/api/v1/org-units/tree").then().statusCode(200)
                    .extract().asString();

            assertThat(body).as("tree on " + date).isEqualTo(expected(tree.tree(LocalDate.parse(date), 50), date));
            assertThat(given().queryParam("asOf", date).when().get("/api/v1/org-units/tree").then().extract()
                    .jsonPath().getList("id")).isEqualTo(formerOrder("v.parent_id is null", date));
        }
    }

    @Test
    void shouldShowAMovedCellUnderItsOldParentBeforeTheMoveAndUnderTheNewOneFromItsDate() {
        Units t = units();

        assertThat(subtreeIds(t.root(), BEFORE)).containsSubsequence(t.one(), t.cell(), t.ten());
        assertThat(subtreeIds(t.one(), BEFORE)).containsExactly(t.one(), t.cell());
        assertThat(subtreeIds(t.ten(), BEFORE)).containsExactly(t.ten());

        assertThat(subtreeIds(t.one(), AFTER)).containsExactly(t.one());
        assertThat(subtreeIds(t.ten(), AFTER)).containsExactly(t.ten(), t.cell());
        // renamed "xã 0" on the same day, the cell's new parent now comes first among its siblings
        assertThat(subtreeIds(t.root(), AFTER)).containsSubsequence(t.root(), t.ten(), t.cell(), t.one());
        assertThat(given().queryParam("asOf", AFTER).when().get("/api/v1/org-units/" + t.root() + "/subtree")
                .then().extract().jsonPath().getInt("find { it.id == '" + t.cell() + "' }.depth")).isEqualTo(2);
    }

    @Test
    void shouldAnswerNotModifiedToTheSubtreesWeakETagUntilTheStructureChanges() {
        Units t = units();
        String path = "/api/v1/org-units/" + t.root() + "/subtree";

        String etag = given().queryParam("asOf", AFTER).when().get(path).then().statusCode(200).extract()
                .header("ETag");

        assertThat(etag).startsWith("W/");
        given().queryParam("asOf", AFTER).header("If-None-Match", etag).when().get(path).then().statusCode(304);
        OrgUnits.create("Chi bộ mới");
        given().queryParam("asOf", AFTER).header("If-None-Match", etag).when().get(path).then().statusCode(200);
    }

    private static List<String> subtreeIds(String unit, String date) {
        return given().queryParam("asOf", date).when().get("/api/v1/org-units/" + unit + "/subtree").then()
                .statusCode(200).extract().jsonPath().getList("id");
    }

    private String expected(List<OrgUnitSnapshot> units, String date) {
        try {
            return mapper.writeValueAsString(units.stream()
                    .map(u -> OrgUnitMapper.toTreeNode(u, LocalDate.parse(date))).toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> formerOrder(String start, String date) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(FORMER_ORDER.formatted(start))
                .setParameter("asOf", java.sql.Date.valueOf(date)).getResultList());
    }

    private record Units(String root, String one, String ten, String oneA, String twin, String cell) {
    }

    /**
     * A district from 2020 with communes from 2021 whose names sort as texts do ("xã 1 A" before "xã 1", before
     * "xã 10"; two named alike), a cell under "xã 1" with a founding decision and a short name; on 1 July 2025 the
     * cell moves under "xã 10", which is renamed "xã 0", and "xã 1 A" is dissolved.
     */
    private static Units units() {
        String root = Cases.unit("Huyện ủy Thứ Tự", "DISTRICT_PARTY_COMMITTEE", null);
        String one = commune(root, "Đảng bộ xã 1");
        String ten = commune(root, "Đảng bộ xã 10");
        String oneA = commune(root, "Đảng bộ xã 1 A");
        String twin = commune(root, "Đảng bộ xã 1");
        Map<String, Object> cell = new HashMap<>(Map.of("code", OrgUnits.uniqueCode(), "name", "Chi bộ thôn Đông",
                "shortName", "CB Đông", "kind", "PARTY_CELL", "parentId", one, "validFrom", "2021-03-01",
                "foundingDecision", Map.of("number", "12-QĐ/HU", "date", "2021-02-20")));
        String cellId = OrgUnits.post(cell).statusCode(201).extract().path("id");
        Cases.apply(Cases.caseOf("MOVE", "unitId", cellId, "newParentId", ten));
        Cases.apply(Cases.caseOf("RENAME", "unitId", ten, "newName", "Đảng bộ xã 0"));
        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", oneA));
        return new Units(root, one, ten, oneA, twin, cellId);
    }

    private static String commune(String parent, String name) {
        return OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", "GRASSROOTS_PARTY_COMMITTEE",
                "parentId", parent, "validFrom", "2021-01-01")).statusCode(201).extract().path("id");
    }
}
