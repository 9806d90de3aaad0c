package vn.tochuc.org.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tochuc.org.domain.OrgUnitRow;
import vn.tochuc.org.mapping.OrgUnitJson;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.service.OrgUnitService;
import vn.tochuc.org.service.TreeOutlines;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.JsonArrayStream;

/**
 * The JSON of tree and subtree reads kept by what was asked, the period of its date and the structure's stamp, so
 * that the same read, or the same read as of another date of the same period, is answered again without walking the
 * tree ({@link #key}; the date is written into the kept bytes). The stamp (count, sum of versions, latest update of
 * every unit) is read in the request's first statement, so a kept answer is only ever given for the structure it was
 * written from: a change anywhere changes every key, and the next read walks again. A body may be newer than its
 * stamp (a change committed between the stamp and the walk), never older. Bounded in bytes (Caffeine's size-based
 * eviction), a large answer kept only for a read asked again ({@link #worthKeeping}); each replica keeps its own.
 *
 * <p>After a change the reads asked for lately are written again ahead of their next caller ({@link #writeAhead}):
 * every replica looks at the structure's stamp every few seconds, so the first reader after a change (a rename, a
 * case applied) finds the answer kept instead of walking the tree, whichever replica wrote the change.
 */
@ApplicationScoped
public class TreeAnswers {

    private static final Logger LOG = Logger.getLogger(TreeAnswers.class);

    private final ObjectMapper mapper;
    private final OrgUnitService units;
    private final TreeNodes nodes;
    private final TreeOutlines outlines;
    private final Cache<String, Kept> bodies;
    private final CopyRoom room;
    /** Bytes of kept answers at most ({@code tochuc.org.tree-answers.bytes}). */
    private final long budget;
    /**
     * The reads asked for lately and how often, to write again after a change those asked more than once: at most 16
     * (Caffeine keeps the ones asked most), each forgotten 15 minutes unasked. Bounds the work a change costs a
     * replica: 16 walks, a district's 20 ms each, a province's 60.
     */
    private final Cache<Ask, Integer> asked = Caffeine.newBuilder().maximumSize(16)
            .expireAfterAccess(Duration.ofMinutes(15)).executor(Runnable::run).build();
    private final Counter writtenAhead;
    private final Counter fromAnotherPeriod;
    /** The structure's stamp the asked reads were last written again for. */
    private volatile String aheadOf = "";
    private volatile boolean stopping;

    TreeAnswers(ObjectMapper mapper, OrgUnitService units, TreeNodes nodes, TreeOutlines outlines,
            MeterRegistry registry,
            @ConfigProperty(name = "tochuc.org.tree-answers.bytes", defaultValue = "12582912") long bytes) {
        this.mapper = mapper;
        this.units = units;
        this.nodes = nodes;
        this.outlines = outlines;
        this.budget = bytes;
        // half the budget at most for one answer: a province of 10,000 units (4.3 MB of JSON) is kept and leaves
        // room for its districts (about 0.4 MB each); 12 MiB kept and at most 12 MiB of copies being written are a
        // fifth of the heap (-Xmx128m, ~50 MB live)
        this.room = new CopyRoom(bytes, (int) Math.min(Integer.MAX_VALUE - 8, bytes / 2));
        this.bodies = Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((String tag, Kept kept) -> kept.body().length + 16 * kept.units().length)
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, bodies, "org-tree-answers");
        this.fromAnotherPeriod = Counter.builder("tochuc.org.tree.answers.another.period")
                .description("Tree and subtree reads answered from the answer kept for another period, their units"
                        + " unchanged in between")
                .register(registry);
        this.writtenAhead = Counter.builder("tochuc.org.tree.answers.written.ahead")
                .description("Tree and subtree answers written again after a change, before anyone asked")
                .register(registry);
    }

    /**
     * An answer's bytes, the structure's stamp they were written from, the date they were written for, and the units
     * read to write it (at least those it shows), sorted.
     */
    private record Kept(String stamp, String asOf, byte[] body, UUID[] units) {
    }

    /** A tree (no {@code id}) or subtree read as asked: what its answer depends on besides the structure. */
    private record Ask(UUID id, LocalDate asOf, int levels) {
    }

    /**
     * The tree ({@code id} null) or the subtree of {@code id} as of {@code asOf}, {@code levels} deep: the kept
     * answer, or one streamed as the units are read (and kept when small enough). A unit not in effect on the date
     * is a 404 problem before anything is sent.
     */
    public Response answer(UUID id, LocalDate asOf, int levels, String ifNoneMatch) {
        OrgUnitService.TreeRead read = units.treeRead(id, asOf);
        int asks = asked.asMap().merge(new Ask(id, asOf, levels), 1, Integer::sum);
        return answer(read, levels, ifNoneMatch, asks > 1);
    }

    private Response answer(OrgUnitService.TreeRead read, int levels, String ifNoneMatch, boolean askedBefore) {
        EntityTag tag = tag(read, levels);
        Kept kept = bodies.getIfPresent(key(read, levels));
        if (kept == null) {
            kept = keptForAnotherPeriod(read, levels);
        }
        if (kept != null) {
            // a 304 sends no body: the date is written in only for an answer that is sent (4 MB for a province)
            byte[] body = EntityVersions.notModified(ifNoneMatch, tag) ? kept.body()
                    : OrgUnitJson.withAsOf(kept.body(), kept.asOf(), read.asOf().toString());
            return JsonArrayStream.again(tag, ifNoneMatch, body);
        }
        return written(read, levels, tag, ifNoneMatch, askedBefore);
    }

    /**
     * The answer kept for the same read under the same stamp as of the nearest other date, when nothing its units
     * show changed between that date and this one (OrgUnitService.unchangedBetween): periods are the whole
     * structure's, so a restructuring elsewhere in the province starts a period in which a district's subtree is the
     * same as before. Null when there is none, or when something changed.
     */
    private Kept keptForAnotherPeriod(OrgUnitService.TreeRead read, int levels) {
        if (read.id() == null) {
            // the whole tree: a new root has no parent among the units kept, so nothing would show it
            return null;
        }
        String asked = read.id() + "|" + levels + "|";
        String stamp = "|" + read.stamp();
        Kept nearest = null;
        long distance = Long.MAX_VALUE;
        // asMap: a look that is not a reader's, so the hit ratio stays the readers'; a few dozen answers at most
        for (Map.Entry<String, Kept> entry : bodies.asMap().entrySet()) {
            if (entry.getKey().startsWith(asked) && entry.getKey().endsWith(stamp)) {
                long days = Math.abs(LocalDate.parse(entry.getValue().asOf()).toEpochDay() - read.asOf().toEpochDay());
                if (days < distance) {
                    nearest = entry.getValue();
                    distance = days;
                }
            }
        }
        if (nearest == null) {
            return null;
        }
        LocalDate written = LocalDate.parse(nearest.asOf());
        boolean before = written.isBefore(read.asOf());
        if (!units.unchangedBetween(nearest.units(), before ? written : read.asOf(),
                before ? read.asOf() : written)) {
            return null;
        }
        fromAnotherPeriod.increment();
        return nearest;
    }

    /**
     * Streamed as the units are read, kept when it finds room: a province is 10,000 units and 4 MB of JSON. Each unit
     * seen before in another read is copied from its node (TreeNodes) rather than written field by field.
     */
    private Response written(OrgUnitService.TreeRead read, int levels, EntityTag tag, String ifNoneMatch,
            boolean askedBefore) {
        String day = read.asOf().toString();
        List<UUID> seen = new ArrayList<>();
        return JsonArrayStream.written(mapper, tag, ifNoneMatch,
                json -> units.walkDown(read, levels, noting(nodes.writer(json, day), seen)),
                new KeptByPeriod(key(read, levels), read.stamp(), day, seen, askedBefore));
    }

    /**
     * Where an answer is kept: by its period rather than its date (OrgUnitService.TreeRead), so that the first read
     * of any other date of a period read before is answered from it, with that date written in. Users ask for today,
     * the start of a term, the day of a decision: many dates, few periods (a period ends only where something in the
     * structure took or lost effect).
     */
    private static String key(OrgUnitService.TreeRead read, int levels) {
        return read.id() + "|" + levels + "|" + read.period() + "|" + read.stamp();
    }

    /**
     * The weak ETag of a tree or subtree answer: what was asked (the date included, so "today" changes at midnight)
     * and a stamp of the whole structure. A change anywhere gives every tree a new tag, which costs a mobile app one
     * download more, never a stale copy.
     */
    private static EntityTag tag(OrgUnitService.TreeRead read, int levels) {
        return EntityVersions.weakTag("org-units/tree", String.valueOf(read.id()), read.asOf().toString(),
                Integer.toString(levels), read.stamp());
    }

    /**
     * When trees were read lately, reads the outline of the structure again if it changed (TreeOutlines: the next
     * periods read are put in order in memory). When the structure changed since the last look, writes the reads
     * asked for lately (more than once) again, as a caller would get them, and keeps them (within the budget) for
     * their next caller. One query a look when nothing changed. A read whose unit is no longer in effect on its date
     * is forgotten; any other failure is logged and the read is tried again at the next change.
     */
    @Scheduled(every = "${tochuc.org.tree-answers.ahead-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeAhead() {
        String stamp;
        try {
            stamp = QuarkusTransaction.requiringNew().call(units::structureStamp);
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warnf("Could not read the structure's stamp (%s); the next look tries again", e.toString());
            }
            return;
        }
        if (!asked.asMap().isEmpty()) {
            // trees were read lately: the outline of the structure as it stands, for their next periods
            try {
                QuarkusTransaction.requiringNew().run(() -> outlines.refresh(stamp));
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warnf("Could not read the outline of the structure (%s); reads walk until the next look", e);
                }
            }
        }
        if (stamp.equals(aheadOf)) {
            return;
        }
        // An answer kept for an earlier structure will not be given again: dropped now, not left to compete with the
        // new ones for room (Caffeine admits a new entry only if it looks more used than the one it would evict; a
        // province written ahead was not kept while they stayed, 2 December). One written since the change stays.
        bodies.asMap().values().removeIf(kept -> !kept.stamp().equals(stamp));
        for (Ask ask : asked.asMap().entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList()) {
            try {
                OrgUnitService.TreeRead read = QuarkusTransaction.requiringNew()
                        .call(() -> units.treeRead(ask.id(), ask.asOf()));
                EntityTag tag = tag(read, ask.levels());
                // asMap: a look that is not a reader's, so the hit ratio stays the readers'
                if (!bodies.asMap().containsKey(key(read, ask.levels()))) {
                    // the very writing of an answer, to nowhere: the copy it leaves is what is kept
                    ((StreamingOutput) written(read, ask.levels(), tag, null, true).getEntity())
                            .write(OutputStream.nullOutputStream());
                    writtenAhead.increment();
                }
            } catch (ProblemException notInEffect) {
                asked.invalidate(ask);
            } catch (IOException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warnf("The %s as of %s could not be written ahead after a change (%s); its next caller walks"
                        + " the tree", ask.id() == null ? "tree" : "subtree of " + ask.id(), ask.asOf(), e.toString());
            }
        }
        aheadOf = stamp;
    }

    /** A look under way when the application stops fails on its closed pool: not worth a warning then. */
    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * True once a look has seen the structure as it stands now and written the reads asked lately again for it: from
     * then until the next change, their next callers are answered from what was kept.
     */
    public boolean writtenAheadOfTheStructure() {
        return QuarkusTransaction.requiringNew().call(units::structureStamp).equals(aheadOf);
    }

    /**
     * {@code writer}, noting the id of each unit it is given in {@code units} (twice, when a walk from the outline gave
     * up and walked again).
     */
    private static <T> OrgTreeRepository.UnitWriter<T> noting(OrgTreeRepository.UnitWriter<T> writer,
            List<UUID> units) {
        return new OrgTreeRepository.UnitWriter<>() {
            @Override
            public T keep(OrgUnitRow row) throws IOException, SQLException {
                units.add(row.id());
                return writer.keep(row);
            }

            @Override
            public T keepByKey(OrgUnitRow.Key key) {
                units.add(key.unit());
                return writer.keepByKey(key);
            }

            @Override
            public T keepRead(OrgUnitRow row) throws IOException, SQLException {
                return writer.keepRead(row);
            }

            @Override
            public void write(T kept, int depth) throws IOException, SQLException {
                writer.write(kept, depth);
            }
        };
    }

    /**
     * Keeps a whole body under its key, when it found room to be copied while it was written and is worth its room
     * ({@link #worthKeeping}).
     */
    private final class KeptByPeriod implements JsonArrayStream.Keeper {
        private final String key;
        private final String stamp;
        private final String asOf;
        private final List<UUID> units;
        private final boolean askedBefore;

        KeptByPeriod(String key, String stamp, String asOf, List<UUID> units, boolean askedBefore) {
            this.key = key;
            this.stamp = stamp;
            this.asOf = asOf;
            this.units = units;
            this.askedBefore = askedBefore;
        }

        @Override
        public int room() {
            // a copy that would not be kept (worthKeeping) is not made past the size that would be: held while its
            // answer is written, a province's copy outlived young collections and filled the old generation
            return askedBefore ? room.take() : room.take(keptAtFirstRead(budget));
        }

        @Override
        public void done(int taken, byte[] whole) {
            room.give(taken);
            if (whole != null && worthKeeping(whole.length, budget, askedBefore)) {
                UUID[] sorted = units.stream().sorted().distinct().toArray(UUID[]::new);
                bodies.put(key, new Kept(stamp, asOf, whole, sorted));
            }
        }
    }

    /**
     * Whether an answer of {@code length} bytes is kept in a budget of {@code budget}: always when it is small (an
     * eighth of the budget at most: a district's 0.4 MB of 12 MiB), else only when the same read was asked before
     * (or is written ahead, which only those are). A province's 4.3 MB answer kept at the first read of each new
     * period replaced another one in the old generation at every read: on the deployed heap (serial GC, -Xmx128m,
     * the free ratios of JvmBudget) 12 full collections of about 80 ms per 60 such reads, where the outline of the
     * structure writes such a read in 16 ms (decisions.md, "Large answers kept when asked again").
     */
    static boolean worthKeeping(int length, long budget, boolean askedBefore) {
        return askedBefore || length <= keptAtFirstRead(budget);
    }

    /** The largest answer kept at the first read of its date: an eighth of the budget. */
    private static long keptAtFirstRead(long budget) {
        return budget / 8;
    }

    /** How many reads were answered from the answer kept for another period since the start. */
    public long answeredFromAnotherPeriod() {
        return (long) fromAnotherPeriod.count();
    }

    /** How many reads were answered from a kept answer since the start (also the metric cache.gets{result=hit}). */
    public long answeredAgain() {
        return bodies.stats().hitCount();
    }
}
