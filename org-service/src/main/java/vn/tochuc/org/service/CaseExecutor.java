package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.service.CasePlan.UnitRef;

/** Carries out a checked plan through {@link StructureChanges}, all in the caller's transaction. */
@ApplicationScoped
public class CaseExecutor {

    private final StructureChanges changes;

    CaseExecutor(StructureChanges changes) {
        this.changes = changes;
    }

    /** @return the units the case established, by code */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, UUID> apply(CasePlan plan, LocalDate date, Decision decision, UUID caseId) {
        // keyed by the code as the case wrote it; later steps may name it in any case
        Map<String, UUID> established = new LinkedHashMap<>();
        Map<String, UUID> byCodeAnyCase = new java.util.HashMap<>();
        for (CasePlan.Step step : plan.steps()) {
            if (step instanceof CasePlan.Establish e) {
                OrgUnit unit = changes.establish(new StructureChanges.NewUnit(e.code(), e.name(), e.shortName(),
                        e.kind(), resolve(e.parent(), byCodeAnyCase)), date, decision, caseId, e.predecessors());
                established.put(e.code(), unit.id);
                byCodeAnyCase.put(e.code().toLowerCase(), unit.id);
                OrgUnit.flush();
            } else if (step instanceof CasePlan.PlaceChild p) {
                changes.change(p.childId(), date, "MOVED", OrgUnitEvents.MOVED_V1,
                        v -> v.parentId = resolve(p.newParent(), byCodeAnyCase), decision, caseId);
            } else if (step instanceof CasePlan.Rename r) {
                changes.change(r.unitId(), date, "RENAMED", OrgUnitEvents.RENAMED_V1, v -> {
                    v.name = r.newName().strip();
                    if (r.newShortName() != null) {
                        v.shortName = r.newShortName().isBlank() ? null : r.newShortName().strip();
                    }
                }, decision, caseId);
            } else if (step instanceof CasePlan.Move m) {
                changes.change(m.unitId(), date, "MOVED", OrgUnitEvents.MOVED_V1, v -> v.parentId = m.newParentId(),
                        decision, caseId);
            } else if (step instanceof CasePlan.ChangeLevel l) {
                changes.change(l.unitId(), date, "LEVEL_CHANGED", OrgUnitEvents.LEVEL_CHANGED_V1,
                        v -> v.kind = l.newKind(), decision, caseId);
            } else if (step instanceof CasePlan.Cease c) {
                changes.cease(c.unitId(), date, c.eventType(), decision, caseId, c.relation(),
                        c.successors().stream().map(ref -> resolve(ref, byCodeAnyCase)).toList());
            }
        }
        return established;
    }

    private static UUID resolve(UnitRef ref, Map<String, UUID> established) {
        if (ref == null) {
            return null;
        }
        return ref.id() != null ? ref.id() : ref.newCode() == null ? null : established.get(ref.newCode().toLowerCase());
    }

}
