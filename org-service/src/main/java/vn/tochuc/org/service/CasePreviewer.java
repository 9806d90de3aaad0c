package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rest.CasePreviewResponse;
import vn.tochuc.org.rest.CasePreviewResponse.Effect;
import vn.tochuc.org.rest.CasePreviewResponse.State;
import vn.tochuc.org.service.CasePlan.UnitRef;

/** Describes a plan as the units it touches, each before and after, without writing anything. */
@ApplicationScoped
public class CasePreviewer {

    private final OrgTreeRepository tree;

    CasePreviewer(OrgTreeRepository tree) {
        this.tree = tree;
    }

    public CasePreviewResponse describe(UUID caseId, LocalDate date, CasePlan plan) {
        List<Effect> effects = plan.steps().stream().map(step -> effect(step, date)).toList();
        // A ceasing unit takes its open positions with it (StructureChanges.cease): show which.
        List<CasePreviewResponse.PositionEnding> ending = plan.steps().stream()
                .filter(CasePlan.Cease.class::isInstance).map(step -> ((CasePlan.Cease) step).unitId())
                .flatMap(unitId -> Position.openIn(unitId).stream())
                .map(p -> new CasePreviewResponse.PositionEnding(p.id, p.orgUnitId, p.titleCode)).toList();
        return new CasePreviewResponse(caseId, date, effects, ending);
    }

    private Effect effect(CasePlan.Step step, LocalDate date) {
        if (step instanceof CasePlan.Establish e) {
            return new Effect("ESTABLISH", null, e.code(), null,
                    new State(e.name(), e.shortName(), e.kind(), ref(e.parent()), "ACTIVE"), null);
        }
        if (step instanceof CasePlan.PlaceChild p) {
            return changed("PLACE_CHILD", p.childId(), date, null, null, null, ref(p.newParent()));
        }
        if (step instanceof CasePlan.Rename r) {
            return changed("RENAME", r.unitId(), date, r.newName(), r.newShortName(), null, null);
        }
        if (step instanceof CasePlan.Move m) {
            return changed("MOVE", m.unitId(), date, null, null, null, m.newParentId().toString());
        }
        if (step instanceof CasePlan.ChangeLevel l) {
            return changed("CHANGE_LEVEL", l.unitId(), date, null, null, l.newKind(), null);
        }
        CasePlan.Cease c = (CasePlan.Cease) step;
        OrgUnitSnapshot unit = tree.unit(c.unitId(), date).orElseThrow();
        State before = state(unit);
        return new Effect("CEASE", unit.id(), unit.code(), before, new State(before.name(), before.shortName(),
                before.kind(), before.parent(), "CEASED"), c.successors().stream().map(this::ref).toList());
    }

    private Effect changed(String action, UUID unitId, LocalDate date, String name, String shortName, String kind,
            String parent) {
        OrgUnitSnapshot unit = tree.unit(unitId, date).orElseThrow();
        State before = state(unit);
        State after = new State(name == null ? before.name() : name,
                shortName == null ? before.shortName() : shortName,
                kind == null ? before.kind() : kind, parent == null ? before.parent() : parent, "ACTIVE");
        return new Effect(action, unitId, unit.code(), before, after, null);
    }

    private static State state(OrgUnitSnapshot unit) {
        return new State(unit.name(), unit.shortName(), unit.kind(),
                unit.parentId() == null ? null : unit.parentId().toString(), unit.status());
    }

    private String ref(UnitRef ref) {
        if (ref == null) {
            return null;
        }
        return ref.id() != null ? ref.id().toString() : ref.newCode();
    }
}
