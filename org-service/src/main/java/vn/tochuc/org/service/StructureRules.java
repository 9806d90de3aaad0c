package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.org.domain.OrgUnitVersion;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rules.UnitKindRules;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/** The checks every change of the structure passes before {@link StructureChanges} writes it. */
@ApplicationScoped
public class StructureRules {

    /** The Communist Party of Vietnam was founded on 3 February 1930: no unit of it takes effect earlier. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1930, 2, 3);

    private final OrgTreeRepository tree;
    private final UnitKindRules kinds;

    StructureRules(OrgTreeRepository tree, UnitKindRules kinds) {
        this.tree = tree;
        this.kinds = kinds;
    }

    /** The kind of an existing unit on the day (it must exist then). */
    public String kindOn(UUID unitId, LocalDate date) {
        return tree.unit(unitId, date).map(OrgUnitSnapshot::kind).orElse(null);
    }

    /**
     * Refuses a unit of {@code kind} under a parent of {@code parentKind} (null: no parent) on the day, by the
     * version of the kinds rule in force then: the district kind after 1 July 2025, a commune committee before it,
     * a cell directly under the province.
     */
    public void requireKindUnder(String field, String kind, String parentKind, LocalDate date) {
        kinds.requireAllowedUnder(field, kind, parentKind, date);
    }

    public void requirePlausibleDate(String field, LocalDate date) {
        if (date.isBefore(EARLIEST_DATE)) {
            throw ProblemException.invalid(field, ProblemText.of("field.not-before").with("date", EARLIEST_DATE));
        }
    }

    public void requireKnownKind(String field, String kind) {
        OrgUnitKind found = OrgUnitKind.findById(kind);
        if (found == null || !found.active) {
            throw new ProblemException(422, "unknown-kind", ProblemText.of("unknown-kind").with("field", field)
                    .with("kind", kind));
        }
    }

    public void requireFreeCode(String code) {
        if (OrgUnit.findByCode(code).isPresent()) {
            throw ProblemException.conflict("duplicate-code", ProblemText.of("duplicate-code.unit").with("code", code));
        }
    }

    /** The unit a request refers to, which must exist on the date. */
    public OrgUnit requireExistingOn(String field, UUID unitId, LocalDate date) {
        OrgUnit unit = OrgUnit.findById(unitId);
        if (unit == null) {
            throw new ProblemException(422, "unknown-unit", ProblemText.of("unknown-unit.field").with("field", field)
                    .with("unit", unitId));
        }
        if (!unit.existsOn(date)) {
            throw new ProblemException(422, "unit-not-in-effect", ProblemText.of(unit.ceasedOn == null
                    ? "unit-not-in-effect.from" : "unit-not-in-effect.between").with("field", field)
                    .with("unit", unitId).with("code", unit.code).with("date", date).with("from", unit.establishedOn)
                    .with("until", unit.ceasedOn == null ? null : unit.ceasedOn.minusDays(1)));
        }
        return unit;
    }

    /** A unit to be changed: it must exist, not have ceased, and have no version starting on or after the date. */
    public OrgUnit requireChangeableOn(String field, UUID unitId, LocalDate date) {
        OrgUnit unit = OrgUnit.findById(unitId);
        if (unit != null && unit.ceasedOn != null) {
            throw ProblemException.conflict("unit-ceased", ProblemText.of("unit-ceased.changed").with("field", field)
                    .with("unit", unitId).with("code", unit.code).with("date", unit.ceasedOn));
        }
        requireExistingOn(field, unitId, date);
        OrgUnitVersion latest = OrgUnitVersion.latest(unitId).orElseThrow();
        if (!latest.validFrom.isBefore(date)) {
            throw ProblemException.conflict("change-not-after-latest", ProblemText.of("change-not-after-latest.unit")
                    .with("field", field).with("unit", unitId).with("code", unit.code).with("date", latest.validFrom));
        }
        return unit;
    }

    /** Refuses a parent that is the unit itself or below it: the tree would get a cycle. */
    public void requireNoCycle(UUID unitId, UUID newParentId, LocalDate date) {
        if (unitId.equals(newParentId) || tree.isWithin(newParentId, unitId, date)) {
            throw ProblemException.conflict("cycle", ProblemText.of("cycle").with("unit", OrgUnit.codeOf(unitId))
                    .with("parent", OrgUnit.codeOf(newParentId)).with("date", date));
        }
    }
}
