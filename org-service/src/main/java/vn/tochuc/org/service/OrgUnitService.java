package vn.tochuc.org.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitLineage;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.domain.OrgUnitVersion;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rest.CreateOrgUnitRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.text.VietnameseText;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/** Establishing units directly, and every read of the structure as of a date. */
@ApplicationScoped
public class OrgUnitService {

    /** Deep enough for any real hierarchy (province → grassroots → cell → group), bounded against bad data. */
    public static final int MAX_DEPTH = 50;

    private final StructureRules rules;
    private final StructureChanges changes;
    private final OrgTreeRepository tree;
    private final TreeOutlines outlines;

    OrgUnitService(StructureRules rules, StructureChanges changes, OrgTreeRepository tree, TreeOutlines outlines) {
        this.rules = rules;
        this.changes = changes;
        this.tree = tree;
        this.outlines = outlines;
    }

    /** Stores the unit and its {@code created} event in one transaction: both or neither. */
    @Transactional
    public OrgUnitSnapshot create(CreateOrgUnitRequest request) {
        LocalDate validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        rules.requirePlausibleDate("validFrom", validFrom);
        rules.requireKnownKind("kind", request.kind());
        rules.requireFreeCode(request.code());
        if (request.parentId() != null) {
            rules.requireExistingOn("parentId", request.parentId(), validFrom);
        }
        rules.requireKindUnder("kind", request.kind(),
                request.parentId() == null ? null : rules.kindOn(request.parentId(), validFrom), validFrom);
        OrgUnit unit = changes.establish(new StructureChanges.NewUnit(request.code(), request.name(),
                request.shortName(), request.kind(), request.parentId()), validFrom, request.foundingDecision(), null,
                List.of());
        OrgUnit.flush();
        return tree.unit(unit.id, validFrom).orElseThrow();
    }

    public OrgUnitSnapshot get(UUID id, LocalDate asOf) {
        return tree.unit(id, asOf).orElseThrow(() -> notInEffect(id, asOf));
    }

    public List<OrgUnitSnapshot> children(UUID id, LocalDate asOf) {
        get(id, asOf);
        return tree.children(id, asOf);
    }

    public List<OrgUnitSnapshot> subtree(UUID id, LocalDate asOf, int depth) {
        get(id, asOf);
        return tree.subtree(id, asOf, depth);
    }

    /**
     * What a streamed tree read (a null {@code id}) or subtree read needs before its first byte, in one statement:
     * the unit's check (a 404 problem when it is not in effect on the date), the structure's stamp for the read's
     * ETag, and which way to read the units.
     */
    public TreeRead treeRead(UUID id, LocalDate asOf) {
        OrgTreeRepository.TreeStart start = tree.start(id, asOf);
        if (id != null && start.unit().isEmpty()) {
            throw notInEffect(id, asOf);
        }
        // the whole tree, or the subtree of the only root, is every unit in effect: one read of them all and an
        // assembly in memory beats a walk that probes an index once per unit; anything smaller is walked
        boolean everything = id == null || start.unit().get().parentId() == null && start.roots() == 1;
        return new TreeRead(id, asOf, start.stamp(), everything, start.period());
    }

    /**
     * True when a tree answer holding {@code units} (sorted, at least the units it shows) reads the same, but for the
     * date each unit echoes, on every day of ({@code after}, {@code upTo}] as on {@code after}: none of them was
     * touched on those days (OrgTreeRepository.touchedBetween). False as well when too much changed to look.
     */
    public boolean unchangedBetween(UUID[] units, LocalDate after, LocalDate upTo) {
        return tree.touchedBetween(after, upTo, 1_000)
                .map(touched -> touched.stream().noneMatch(id -> Arrays.binarySearch(units, id) >= 0))
                .orElse(false);
    }

    /** The stamp {@link #treeRead} gives every read at this moment: it changes with every change of the structure. */
    public String structureStamp() {
        return tree.stamp();
    }

    /**
     * See {@link #treeRead}: {@code stamp} changes with every change of the structure; {@code period} is the first day
     * of the period {@code asOf} falls in (null before anything took effect): every date of one period has the same
     * tree under one stamp, but for the date each unit echoes ({@code OrgTreeRepository.start}).
     */
    public record TreeRead(UUID id, LocalDate asOf, String stamp, boolean everything, LocalDate period) {
    }

    /**
     * The subtree (or, for a null {@code id}, the whole tree) handed to {@code each} while it is read, for a streamed
     * answer; take {@link #treeRead} first, so that a unit not in effect is a 404 before anything is sent.
     */
    public void walkDown(TreeRead read, int depth, OrgTreeRepository.RowHandler each) {
        if (read.everything()) {
            tree.readDown(read.id(), read.asOf(), depth, each);
        } else {
            tree.walkDown(read.id(), read.asOf(), depth, each);
        }
    }

    /**
     * {@link #walkDown(TreeRead, int, OrgTreeRepository.RowHandler)} through a writer that keeps what it needs: the
     * units put in order from the outline of the structure when it is the read's (TreeOutlines), else walked.
     */
    public <T> void walkDown(TreeRead read, int depth, OrgTreeRepository.UnitWriter<T> writer) {
        try {
            if (outlines.walk(read, depth, writer)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (read.everything()) {
            tree.readDown(read.id(), read.asOf(), depth, writer);
        } else {
            tree.walkDown(read.id(), read.asOf(), depth, writer);
        }
    }

    public List<OrgUnitSnapshot> ancestors(UUID id, LocalDate asOf) {
        get(id, asOf);
        return tree.ancestors(id, asOf);
    }

    public List<OrgUnitVersion> history(UUID id) {
        requireUnit(id);
        return OrgUnitVersion.history(id);
    }

    public String codeOf(UUID id) {
        return requireUnit(id).code;
    }

    /** A lineage edge with the code and name of the unit at its other end, as that unit was named then. */
    public record LineageLink(OrgUnitLineage edge, UUID unitId, String code, String name) {
    }

    /** How a unit ceased: the step that ends its history. */
    public record Ceasing(LocalDate on, String how, UUID caseId) {
    }

    /** Units it came from, each named as it was on the day before the change. */
    public List<LineageLink> predecessors(UUID id) {
        requireUnit(id);
        return OrgUnitLineage.<OrgUnitLineage>list("successorId = ?1 order by effectiveDate", id).stream()
                .map(e -> link(e, e.predecessorId, e.effectiveDate.minusDays(1))).toList();
    }

    /** Units it became, each named as it was on the day of the change. */
    public List<LineageLink> successors(UUID id) {
        requireUnit(id);
        return OrgUnitLineage.<OrgUnitLineage>list("predecessorId = ?1 order by effectiveDate", id).stream()
                .map(e -> link(e, e.successorId, e.effectiveDate)).toList();
    }

    /** How and when the unit ceased, or empty while it exists. */
    public Optional<Ceasing> ceasing(UUID id) {
        OrgUnit unit = requireUnit(id);
        if (unit.ceasedOn == null) {
            return Optional.empty();
        }
        if (unit.ceasedHow != null) {
            return Optional.of(new Ceasing(unit.ceasedOn, unit.ceasedHow, unit.ceasedCaseId));
        }
        // ceased before the unit recorded how: the lineage knows, unless it was dissolved
        Optional<OrgUnitLineage> edge = OrgUnitLineage.<OrgUnitLineage>find("predecessorId = ?1", id)
                .firstResultOptional();
        return Optional.of(new Ceasing(unit.ceasedOn, edge.map(e -> e.relation).orElse("DISSOLVED"),
                edge.map(e -> e.caseId).orElse(null)));
    }

    private static LineageLink link(OrgUnitLineage edge, UUID other, LocalDate day) {
        OrgUnit unit = OrgUnit.findById(other);
        Optional<OrgUnitVersion> version = OrgUnitVersion.on(other, day).or(() -> OrgUnitVersion.latest(other));
        return new LineageLink(edge, other, unit == null ? null : unit.code, version.map(v -> v.name).orElse(null));
    }

    /**
     * With a query: units whose name contains it (ignoring case and diacritics), exact and prefix matches first.
     * Without one: all units in effect, by name. A page at a time either way.
     */
    public Page<OrgUnitSnapshot> search(String query, String code, LocalDate asOf, String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        if (query != null && !query.isBlank()) {
            // Ranked results have no stable key to continue from: the token holds the offset.
            List<String> token = PageTokens.decode(pageToken, 1);
            int offset = token.isEmpty() ? 0 : PageTokens.part(token.get(0), Integer::parseInt);
            List<OrgUnitSnapshot> rows = tree.search(VietnameseText.searchKey(query), asOf, offset, size + 1);
            return page(rows, size, () -> PageTokens.encode(Integer.toString(offset + size)));
        }
        List<String> after = PageTokens.decode(pageToken, 2);
        List<OrgUnitSnapshot> rows = tree.listByName(asOf, code == null || code.isBlank() ? null : code.strip(),
                after.isEmpty() ? null : after.get(0), after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size + 1);
        OrgUnitSnapshot last = rows.size() > size ? rows.get(size - 1) : null;
        return page(rows, size, () -> PageTokens.encode(VietnameseText.searchKey(last.name()), last.id().toString()));
    }

    private static Page<OrgUnitSnapshot> page(List<OrgUnitSnapshot> rows, int size,
            java.util.function.Supplier<String> nextToken) {
        return rows.size() <= size ? new Page<>(rows, null) : new Page<>(rows.subList(0, size), nextToken.get());
    }

    private static OrgUnit requireUnit(UUID id) {
        return OrgUnit.<OrgUnit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
    }

    /** Points to the successors only when there are some: a dissolved unit has none. */
    private static ProblemText ceasedHow(OrgUnit unit) {
        boolean succeeded = OrgUnitLineage.count("predecessorId = ?1", unit.id) > 0;
        if (succeeded) {
            return ProblemText.of("not-in-effect.succeeded").with("how", ProblemText.of("ceased-how."
                    + (unit.ceasedHow == null ? "SUCCEEDED" : unit.ceasedHow))).with("unit", unit.id);
        }
        return ProblemText.of(unit.ceasedCaseId == null ? "not-in-effect.dissolved" : "not-in-effect.dissolved-by")
                .with("case", unit.ceasedCaseId);
    }

    private static ProblemException notInEffect(UUID id, LocalDate asOf) {
        OrgUnit unit = requireUnit(id);
        return new ProblemException(404, "not-in-effect", ProblemText.of(unit.ceasedOn == null
                ? "not-in-effect.from" : "not-in-effect.ceased").with("code", unit.code).with("date", asOf)
                .with("from", unit.establishedOn).with("until", unit.ceasedOn).with("how", ceasedHow(unit)));
    }
}
