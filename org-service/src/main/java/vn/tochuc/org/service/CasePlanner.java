package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.org.domain.CaseType;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rest.RestructuringCaseRequest;
import vn.tochuc.org.rest.RestructuringCaseRequest.ChildPlacement;
import vn.tochuc.org.service.CasePlan.UnitRef;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Checks a case against the structure as of its effective date and turns it into a {@link CasePlan}. Used for the
 * preview and again at the moment the case takes effect, since the structure may have changed in between.
 */
@ApplicationScoped
public class CasePlanner {

    private final StructureRules rules;
    private final OrgTreeRepository tree;

    CasePlanner(StructureRules rules, OrgTreeRepository tree) {
        this.rules = rules;
        this.tree = tree;
    }

    public CasePlan plan(RestructuringCaseRequest c) {
        CaseShape.require(c);
        LocalDate date = c.effectiveDate();
        rules.requirePlausibleDate("effectiveDate", date);
        List<CasePlan.Step> steps = new ArrayList<>();
        Set<String> newCodes = establishNewUnits(c, date, steps);
        switch (c.type()) {
            case ESTABLISH -> { }
            case RENAME -> {
                rules.requireChangeableOn("unitId", c.unitId(), date);
                steps.add(new CasePlan.Rename(c.unitId(), c.newName(), c.newShortName()));
            }
            case MOVE -> {
                rules.requireChangeableOn("unitId", c.unitId(), date);
                rules.requireExistingOn("newParentId", c.newParentId(), date);
                rules.requireNoCycle(c.unitId(), c.newParentId(), date);
                rules.requireKindUnder("newParentId", rules.kindOn(c.unitId(), date),
                        rules.kindOn(c.newParentId(), date), date);
                steps.add(new CasePlan.Move(c.unitId(), c.newParentId()));
            }
            case CHANGE_LEVEL -> {
                rules.requireChangeableOn("unitId", c.unitId(), date);
                rules.requireKnownKind("newKind", c.newKind());
                OrgUnitSnapshot unit = tree.unit(c.unitId(), date).orElseThrow();
                rules.requireKindUnder("newKind", c.newKind(),
                        unit.parentId() == null ? null : rules.kindOn(unit.parentId(), date), date);
                steps.add(new CasePlan.ChangeLevel(c.unitId(), c.newKind()));
            }
            case MERGE -> {
                rules.requireExistingOn("targetUnitId", c.targetUnitId(), date);
                if (OrgUnit.<OrgUnit>findById(c.targetUnitId()).ceasedOn != null) {
                    throw ProblemException.conflict("unit-ceased", ProblemText.of("unit-ceased.target")
                            .with("code", OrgUnit.<OrgUnit>findById(c.targetUnitId()).code));
                }
                cease(c, c.sourceUnitIds(), OrgUnitEvents.MERGED_V1, "MERGED_INTO",
                        List.of(UnitRef.existing(c.targetUnitId())), newCodes, steps);
            }
            case CONSOLIDATE -> cease(c, c.sourceUnitIds(), OrgUnitEvents.CONSOLIDATED_V1, "CONSOLIDATED_INTO",
                    List.of(UnitRef.established(c.newUnits().get(0).code())), newCodes, steps);
            case SPLIT -> cease(c, List.of(c.unitId()), OrgUnitEvents.SPLIT_V1, "SPLIT_INTO",
                    c.newUnits().stream().map(u -> UnitRef.established(u.code())).toList(), newCodes, steps);
            case DISSOLVE -> cease(c, List.of(c.unitId()), OrgUnitEvents.DISSOLVED_V1, "DISSOLVED", List.of(),
                    newCodes, steps);
        }
        steps.sort(java.util.Comparator.comparingInt(CasePlan.Step::phase));
        return new CasePlan(steps);
    }

    private Set<String> establishNewUnits(RestructuringCaseRequest c, LocalDate date, List<CasePlan.Step> steps) {
        Set<String> codes = new LinkedHashSet<>();
        if (c.newUnits() == null) {
            return codes;
        }
        for (RestructuringCaseRequest.NewUnit unit : c.newUnits()) {
            if (!codes.add(unit.code().toLowerCase())) {
                throw ProblemException.invalid("newUnits", ProblemText.of("field.code-twice")
                        .with("code", unit.code()));
            }
            rules.requireFreeCode(unit.code());
            rules.requireKnownKind("newUnits.kind", unit.kind());
        }
        List<UUID> predecessors = c.type() == CaseType.CONSOLIDATE ? c.sourceUnitIds()
                : c.type() == CaseType.SPLIT ? List.of(c.unitId()) : List.of();
        for (RestructuringCaseRequest.NewUnit unit : c.newUnits()) {
            UnitRef parent = parentRef(unit.parentId(), unit.parentCode(), codes, date, "newUnits.parentId");
            rules.requireKindUnder("newUnits.kind", unit.kind(), kindOf(parent, c, date), date);
            steps.add(new CasePlan.Establish(unit.code(), unit.name(), unit.shortName(), unit.kind(), parent,
                    predecessors));
        }
        return codes;
    }

    /** Ends the units after placing each of their children; refuses with the list of children left unplaced. */
    private void cease(RestructuringCaseRequest c, List<UUID> units, String eventType, String relation,
            List<UnitRef> successors, Set<String> newCodes, List<CasePlan.Step> steps) {
        LocalDate date = c.effectiveDate();
        Set<UUID> ceasing = new HashSet<>(units);
        if (ceasing.size() != units.size()) {
            throw ProblemException.invalid("sourceUnitIds", ProblemText.of("field.unit-twice"));
        }
        if (c.targetUnitId() != null && ceasing.contains(c.targetUnitId())) {
            throw ProblemException.invalid("targetUnitId", ProblemText.of("field.target-ceases"));
        }
        Map<UUID, ChildPlacement> placements = new HashMap<>();
        for (ChildPlacement placement : c.childPlacements() == null ? List.<ChildPlacement>of() : c.childPlacements()) {
            placements.put(placement.childId(), placement);
        }
        List<ProblemText> unplaced = new ArrayList<>();
        for (UUID unit : units) {
            rules.requireChangeableOn(c.type() == CaseType.MERGE
                    || c.type() == CaseType.CONSOLIDATE ? "sourceUnitIds" : "unitId", unit, date);
            for (OrgUnitSnapshot child : tree.children(unit, date)) {
                ChildPlacement placement = placements.remove(child.id());
                if (placement == null) {
                    unplaced.add(ProblemText.of("field.child-unplaced").with("child", child.id())
                            .with("code", child.code()).with("name", child.name()));
                    continue;
                }
                UnitRef parent = parentRef(placement.newParentId(), placement.newParentCode(), newCodes, date,
                        "childPlacements.newParentId");
                if (parent.id() != null && ceasing.contains(parent.id())) {
                    throw ProblemException.invalid("childPlacements", ProblemText.of("field.under-ceasing")
                            .with("code", child.code()));
                }
                if (parent.id() != null) {
                    rules.requireNoCycle(child.id(), parent.id(), date);
                }
                rules.requireKindUnder("childPlacements.newParentId", child.kind(), kindOf(parent, c, date), date);
                rules.requireChangeableOn("childPlacements.childId", child.id(), date);
                steps.add(new CasePlan.PlaceChild(child.id(), parent));
            }
        }
        if (!unplaced.isEmpty()) {
            ProblemException refused = new ProblemException(422, "children-not-placed",
                    ProblemText.of("children-not-placed").with("count", unplaced.size()));
            unplaced.forEach(message -> refused.field("childPlacements", message));
            throw refused;
        }
        if (!placements.isEmpty()) {
            throw ProblemException.invalid("childPlacements", ProblemText.of("field.not-children")
                    .with("units", placements.keySet()).with("date", date));
        }
        for (CasePlan.Step step : steps) {
            if (step instanceof CasePlan.Establish established && established.parent().id() != null
                    && ceasing.contains(established.parent().id())) {
                throw ProblemException.invalid("newUnits.parentId", ProblemText.of("field.under-ceasing")
                        .with("code", established.code()));
            }
        }
        for (UUID unit : units) {
            steps.add(new CasePlan.Cease(unit, eventType, relation, successors));
        }
    }

    /** The kind a parent has on the day: an existing unit's, or the kind this case gives a unit it establishes. */
    private String kindOf(UnitRef parent, RestructuringCaseRequest c, LocalDate date) {
        if (parent.id() != null) {
            return rules.kindOn(parent.id(), date);
        }
        if (parent.newCode() == null) {
            return null;
        }
        return c.newUnits().stream().filter(u -> u.code().equalsIgnoreCase(parent.newCode()))
                .map(RestructuringCaseRequest.NewUnit::kind).findFirst().orElse(null);
    }

    private UnitRef parentRef(UUID id, String code, Set<String> newCodes, LocalDate date, String field) {
        if (code != null && !code.isBlank()) {
            if (!newCodes.contains(code.toLowerCase())) {
                throw ProblemException.invalid(field.replace("Id", "Code"), ProblemText.of("field.not-established-here")
                        .with("code", code));
            }
            return UnitRef.established(code);
        }
        if (id != null) {
            rules.requireExistingOn(field, id, date);
        }
        return UnitRef.existing(id);
    }
}
