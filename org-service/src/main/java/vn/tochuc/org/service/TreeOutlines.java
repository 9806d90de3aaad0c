package vn.tochuc.org.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnitRow;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.repository.TreeOutline;

/**
 * The outline of the structure as it stands (TreeOutline), for the walks of tree reads under its stamp: the units in
 * order come from memory, their JSON from what the writer kept by key, and only the rows of the units it did not keep
 * from PostgreSQL, in one statement by id. A read under another stamp (a change since the outline was read) walks in
 * PostgreSQL as before; the outline is read again by {@link #refresh}, which the look at the structure after a change
 * calls (TreeAnswers.writeAhead), not by a reader, so that no reader waits for it. Each replica keeps its own.
 */
@ApplicationScoped
public class TreeOutlines {

    private final OrgTreeRepository tree;
    private final Counter walked;
    private volatile TreeOutline outline;

    TreeOutlines(OrgTreeRepository tree, MeterRegistry registry) {
        this.tree = tree;
        this.walked = Counter.builder("tochuc.org.tree.outline.walks")
                .description("Tree and subtree reads whose units were put in order from the outline of the structure,"
                        + " not by a walk in PostgreSQL")
                .register(registry);
    }

    /** Reads the outline again when {@code stamp}, the structure's stamp now, is not the one it was read with. */
    public void refresh(String stamp) {
        TreeOutline held = outline;
        if (held == null || !held.stamp().equals(stamp)) {
            outline = tree.outline();
        }
    }

    /**
     * Hands the units of {@code read} to {@code writer} from the outline when it was read under the read's stamp and
     * its units' rows are still those the outline names (a row read here with another key was changed after the
     * read's stamp: the read walks instead). Nothing is handed over unless everything is: false leaves the read to
     * the walk.
     */
    <T> boolean walk(OrgUnitService.TreeRead read, int depth, OrgTreeRepository.UnitWriter<T> writer)
            throws IOException, SQLException {
        TreeOutline held = outline;
        if (held == null || !held.stamp().equals(read.stamp())) {
            return false;
        }
        Optional<TreeOutline.Walk> walk = held.walk(read.id(), read.asOf(), depth);
        if (walk.isEmpty()) {
            return false;
        }
        List<OrgUnitRow.Key> units = walk.get().units();
        List<T> kept = new ArrayList<>(units.size());
        List<Integer> unread = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            T found = writer.keepByKey(units.get(i));
            kept.add(found);
            if (found == null) {
                unread.add(i);
            }
        }
        if (!unread.isEmpty()) {
            Map<UUID, OrgUnitSnapshot> rows = tree.unitsInEffect(
                    unread.stream().map(i -> units.get(i).unit()).toList(), read.asOf());
            for (int i : unread) {
                OrgUnitSnapshot row = rows.get(units.get(i).unit());
                if (row == null || !OrgUnitRow.Key.of(row).equals(units.get(i))) {
                    return false;
                }
            }
            for (int i : unread) {
                kept.set(i, writer.keepRead(rows.get(units.get(i).unit())));
            }
        }
        List<Integer> depths = walk.get().depths();
        for (int i = 0; i < units.size(); i++) {
            writer.write(kept.get(i), depths.get(i));
        }
        walked.increment();
        return true;
    }

    /** How many reads were put in order from the outline since the start. */
    public long walked() {
        return (long) walked.count();
    }
}
