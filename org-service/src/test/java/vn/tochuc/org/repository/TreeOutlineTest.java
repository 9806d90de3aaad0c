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
        return builder.build("stamp");
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

    private static List<UUID> units(TreeOutline.Walk walk) {
        return walk.units().stream().map(OrgUnitRow.Key::unit).toList();
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
