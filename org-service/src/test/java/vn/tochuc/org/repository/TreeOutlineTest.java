package vn.tochuc.org.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnitRow;

/** The walks of the outline in memory, on versions given in their sibling order as its statement gives them. */
class TreeOutlineTest {

    private static final LocalDate START = LocalDate.parse("2020-01-01");
    private static final LocalDate MOVE = LocalDate.parse("2023-07-01");

    private final UUID province = id(1);
    private final UUID districtA = id(2);
    private final UUID districtB = id(3);
    private final UUID commune = id(4);
    private final UUID cell = id(5);
    private final TreeOutline outline = outline();

    /**
     * A province with two districts; the commune (with its cell) under district A until the move, then under B; the
     * cell ceased on 1 March 2023, its version ending only with the move.
     */
    private TreeOutline outline() {
        TreeOutline.Builder builder = new TreeOutline.Builder();
        builder.add(province, null, START, null, 1, null);
        builder.add(districtA, province, START, null, 1, null);
        builder.add(commune, districtA, START, MOVE, 3, null);
        builder.add(commune, districtB, MOVE, null, 3, null);
        builder.add(cell, commune, START, MOVE, 2, LocalDate.parse("2023-03-01"));
        builder.add(districtB, province, START, null, 1, null);
        return builder.build("stamp", null);
    }

    @Test
    void shouldWalkDepthFirstWithSiblingsInTheOrderTheyWereGiven() {
        TreeOutline.Walk walk = outline.walk(null, LocalDate.parse("2022-01-01"), 50).orElseThrow();

        assertThat(units(walk)).containsExactly(province, districtA, commune, cell, districtB);
        assertThat(walk.depths()).containsExactly(0, 1, 2, 3, 1);
    }

    @Test
    void shouldPutAUnitUnderTheParentOfTheVersionInEffectOnTheDate() {
        TreeOutline.Walk walk = outline.walk(province, MOVE, 50).orElseThrow();

        assertThat(units(walk)).containsExactly(province, districtA, districtB, commune);
        assertThat(walk.units().get(3)).isEqualTo(new OrgUnitRow.Key(commune, MOVE, 3, false));
    }

    @Test
    void shouldStopAtTheDepthAsked() {
        assertThat(units(outline.walk(districtA, LocalDate.parse("2022-01-01"), 1).orElseThrow()))
                .containsExactly(districtA, commune);
    }

    @Test
    void shouldNameTheVersionInEffectAndWhetherTheUnitHadCeasedInEachKey() {
        assertThat(outline.walk(cell, LocalDate.parse("2023-02-28"), 50).orElseThrow().units())
                .containsExactly(new OrgUnitRow.Key(cell, START, 2, false));
        assertThat(outline.walk(cell, LocalDate.parse("2023-03-01"), 50).orElseThrow().units())
                .containsExactly(new OrgUnitRow.Key(cell, START, 2, true));
    }

    @Test
    void shouldFindNoWalkFromAUnitNotInEffectOnTheDate() {
        assertThat(outline.walk(cell, MOVE, 50)).isEmpty();
        assertThat(outline.walk(id(99), MOVE, 50)).isEmpty();
    }

    @Test
    void shouldCountEveryVersionItHolds() {
        assertThat(outline.size()).isEqualTo(6);
        assertThat(outline.stamp()).isEqualTo("stamp");
    }

    @Test
    void shouldCatchUpWithARenameThatPutsAUnitAfterItsSibling() {
        // district A renamed on 2024-01-01 (its version 1 → 2), its new name after district B's: the changed unit's
        // versions, and every version under the parent they name, in the walk's sibling order
        LocalDate rename = LocalDate.parse("2024-01-01");
        TreeOutline.CatchUp changes = new TreeOutline.CatchUp(outline);
        changes.add(districtA, province, START, rename, 2, null, true);
        changes.add(districtB, province, START, null, 1, null, false);
        changes.add(districtA, province, rename, null, 2, null, true);

        TreeOutline caught = changes.build("stamp 2", null, 5, 9).orElseThrow();

        assertThat(caught.stamp()).isEqualTo("stamp 2");
        TreeOutline.Walk walk = caught.walk(province, LocalDate.parse("2024-02-01"), 50).orElseThrow();
        assertThat(units(walk)).containsExactly(province, districtB, commune, districtA);
        assertThat(walk.units().get(3)).isEqualTo(new OrgUnitRow.Key(districtA, rename, 2, false));
        assertThat(units(caught.walk(province, LocalDate.parse("2022-01-01"), 50).orElseThrow()))
                .containsExactly(province, districtA, commune, cell, districtB);
        assertThat(units(outline.walk(province, LocalDate.parse("2024-02-01"), 50).orElseThrow()))
                .as("the outline caught up from is left as it was").containsExactly(province, districtA, districtB,
                        commune);
    }

    @Test
    void shouldGiveNothingWhenTheChangesMissOneTheStampCounts() {
        // the stamp sums one version more than the outline made would hold: a change committed late was not read
        TreeOutline.CatchUp changes = new TreeOutline.CatchUp(outline);
        changes.add(districtB, province, START, null, 2, null, true);
        changes.add(districtA, province, START, null, 1, null, false);

        assertThat(changes.build("stamp 2", null, 5, 9)).isPresent();
        TreeOutline.CatchUp missing = new TreeOutline.CatchUp(outline);
        missing.add(districtB, province, START, null, 2, null, true);
        missing.add(districtA, province, START, null, 1, null, false);
        assertThat(missing.build("stamp 2", null, 5, 10)).isEmpty();
        assertThat(new TreeOutline.CatchUp(outline).build("stamp 2", null, 6, 8)).as("a new unit not read").isEmpty();
    }

    @Test
    void shouldHoldAUnitWithNoVersionForTheStampsCountsButNeverWalkIt() {
        UUID bare = id(6);
        TreeOutline.CatchUp changes = new TreeOutline.CatchUp(outline);
        changes.add(bare, null, null, null, 4, null, true);

        TreeOutline caught = changes.build("stamp 2", null, 6, 12).orElseThrow();

        assertThat(caught.size()).isEqualTo(6);
        assertThat(caught.walk(bare, LocalDate.parse("2024-02-01"), 50)).isEmpty();
        assertThat(units(caught.walk(null, LocalDate.parse("2024-02-01"), 50).orElseThrow()))
                .containsExactly(province, districtA, districtB, commune);
    }

    private static List<UUID> units(TreeOutline.Walk walk) {
        return walk.units().stream().map(OrgUnitRow.Key::unit).toList();
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
