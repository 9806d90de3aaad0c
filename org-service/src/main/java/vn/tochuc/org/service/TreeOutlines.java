package vn.tochuc.org.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.tochuc.org.domain.OrgUnitRow;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.repository.TreeOutline;
import vn.tochuc.platform.work.OneWaiting;

/**
 * The outline of the structure as it stands (TreeOutline), for the walks of tree reads under its stamp: the units in
 * order come from memory, their JSON from what the writer kept by key, and only the rows of the units it did not keep
 * from PostgreSQL, in one statement by id. Each replica keeps its own.
 *
 * <p>After a change, the outline catches up with the changes since it was read (one short statement,
 * TreeOutline.CatchUp): the first read under the new stamp does it, so a read right after a change is put in order in
 * memory too, not walked in PostgreSQL, and so does the look at the structure (TreeAnswers.writeAhead). The whole
 * outline is read again (tens of ms for a province) only when there is none yet or catching up gave up (too many
 * changes, or one missed): by the look, and at once in the background when a reader finds no outline it can use (a
 * replica's first tree read, the first after a large restructuring), so that readers walk in PostgreSQL for the
 * length of that read rather than until the next look, and none waits for it.
 */
@ApplicationScoped
public class TreeOutlines {

    private static final Logger LOG = Logger.getLogger(TreeOutlines.class);

    /**
     * How far before the outline's latest change its catching up reads: a change whose transaction set its
     * {@code updated_at} (the service's clock) this long before a later change had committed, or a replica's clock
     * this far behind, is missed, which the catch-up finds (TreeOutline.CatchUp) and answers with a whole read.
     */
    static final Duration MARGIN = Duration.ofMinutes(1);
    /** More versions than this to read to catch up, and the whole outline is read instead (by the look). */
    static final int MOST = 2_000;

    private final OrgTreeRepository tree;
    private final Counter walked;
    private final Counter caughtUp;
    private final Counter readWhole;
    private volatile TreeOutline outline;
    /** The outline catching up from which gave up: readers walk in PostgreSQL until the whole is read again. */
    private TreeOutline gaveUpFrom;
    /** Reads the whole outline for readers that found none they could use: one read at a time, one more waiting. */
    private final ExecutorService wholeReader = OneWaiting.executor("tree-outline-reader", true);
    private final AtomicLong readWholeForReaders = new AtomicLong();

    TreeOutlines(OrgTreeRepository tree, MeterRegistry registry) {
        this.tree = tree;
        this.walked = Counter.builder("tochuc.org.tree.outline.walks")
                .description("Tree and subtree reads whose units were put in order from the outline of the structure,"
                        + " not by a walk in PostgreSQL")
                .register(registry);
        this.caughtUp = Counter.builder("tochuc.org.tree.outline.reads").tag("how", "changes")
                .description("Reads of the outline of the structure: of the changes since the outline held, or whole")
                .register(registry);
        this.readWhole = Counter.builder("tochuc.org.tree.outline.reads").tag("how", "whole")
                .description("Reads of the outline of the structure: of the changes since the outline held, or whole")
                .register(registry);
    }

    /**
     * Brings the outline to {@code stamp}, the structure's stamp now, when it is not that stamp's: by catching up with
     * the changes since, else by reading it whole. For the look at the structure, not for readers.
     *
     * @return whether it read the whole outline
     */
    public boolean refresh(String stamp) {
        synchronized (this) {
            TreeOutline held = outline;
            if (held != null && held.stamp().equals(stamp)) {
                return false;
            }
            if (held != null && held != gaveUpFrom && catchUp(held).isPresent()) {
                return false;
            }
        }
        // Outside the lock: there is no outline or catching up gave up, so readers walk meanwhile, none waits for it
        TreeOutline whole = tree.outline();
        synchronized (this) {
            outline = whole;
        }
        readWhole.increment();
        return true;
    }

    /**
     * The outline of {@code stamp} for a reader: the one held, else the one held caught up with the changes since,
     * when that gives the stamp; empty when there is none yet, or catching up gave up (the look reads the whole).
     */
    private Optional<TreeOutline> forStamp(String stamp) {
        TreeOutline held = outline;
        if (held == null) {
            readWholeSoon();
            return Optional.empty();
        }
        if (held.stamp().equals(stamp)) {
            return Optional.of(held);
        }
        synchronized (this) {
            held = outline;
            if (held == null || held == gaveUpFrom) {
                readWholeSoon();
                return Optional.empty();
            }
            if (OrgTreeRepository.later(held.stamp(), stamp)) {
                // the read began before a change another reader has caught the outline up with: catching up goes
                // forward, never back to the read's stamp, so it walks
                return Optional.empty();
            }
            if (!held.stamp().equals(stamp)) {
                held = catchUp(held).orElse(null);
            }
            if (held == null) {
                readWholeSoon(); // catching up gave up just now
            }
            return held != null && held.stamp().equals(stamp) ? Optional.of(held) : Optional.empty();
        }
    }

    /**
     * Has the whole outline read in the background, as of the structure's stamp then: a reader that asks while one is
     * under way and another waits asks for nothing more, the waiting one will see its change.
     */
    private void readWholeSoon() {
        if (wholeReader.isShutdown()) {
            return;
        }
        wholeReader.execute(() -> {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> refresh(tree.stamp()))) {
                    readWholeForReaders.incrementAndGet();
                }
            } catch (RuntimeException e) {
                // the look tries again within seconds, and says so if it cannot either
                LOG.debugf(e, "Could not read the outline of the structure for a reader; the look reads it");
            }
        });
    }

    @PreDestroy
    void stop() {
        wholeReader.shutdownNow();
    }

    /** Must hold this object's lock: the outline a catch-up makes replaces the one it was made from, and only it. */
    private Optional<TreeOutline> catchUp(TreeOutline held) {
        Optional<TreeOutline> caught = held.latest() == null ? Optional.empty()
                : tree.outlineSince(held, held.latest().minus(MARGIN), MOST);
        if (caught.isPresent()) {
            outline = caught.get();
            caughtUp.increment();
        } else {
            gaveUpFrom = held;
        }
        return caught;
    }

    /**
     * Hands the units of {@code read} to {@code writer} from the outline when it was read under the read's stamp and
     * its units' rows are still those the outline names (a row read here with another key was changed after the
     * read's stamp: the read walks instead). Nothing is handed over unless everything is: false leaves the read to
     * the walk.
     */
    <T> boolean walk(OrgUnitService.TreeRead read, int depth, OrgTreeRepository.UnitWriter<T> writer)
            throws IOException, SQLException {
        Optional<TreeOutline> held = forStamp(read.stamp());
        if (held.isEmpty()) {
            return false;
        }
        Optional<TreeOutline.Walk> walk = held.get().walk(read.id(), read.asOf(), depth);
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

    /** How many times the outline caught up with the changes since it was read (not read whole) since the start. */
    public long caughtUp() {
        return (long) caughtUp.count();
    }

    /** How many times the outline was read whole since the start. */
    public long readWhole() {
        return (long) readWhole.count();
    }

    /** How many of those a reader asked for, having found no outline it could use. */
    public long readWholeForReaders() {
        return readWholeForReaders.get();
    }
}
