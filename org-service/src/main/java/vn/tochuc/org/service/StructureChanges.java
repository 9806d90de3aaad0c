package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitLineage;
import vn.tochuc.org.domain.OrgUnitStatus;
import vn.tochuc.org.domain.OrgUnitVersion;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.text.VietnameseText;

/**
 * The only writer of the structure: establishes units, starts new versions, ceases units, records lineage, and
 * publishes the event of each change in the same transaction. Callers validate first (see {@link StructureRules}).
 */
@ApplicationScoped
public class StructureChanges {

    private final Outbox outbox;
    private final PositionChanges positions;

    StructureChanges(Outbox outbox, PositionChanges positions) {
        this.outbox = outbox;
        this.positions = positions;
    }

    public record NewUnit(String code, String name, String shortName, String kind, UUID parentId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OrgUnit establish(NewUnit spec, LocalDate date, Decision decision, UUID caseId, List<UUID> predecessors) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.code = spec.code();
        unit.status = OrgUnitStatus.ACTIVE;
        unit.establishedOn = date;
        if (decision != null) {
            unit.foundingDecisionNumber = decision.number();
            unit.foundingDecisionDate = decision.date();
            unit.foundingDecisionIssuer = decision.issuer();
        }
        unit.createdAt = now;
        unit.updatedAt = now;
        unit.persist();
        OrgUnitVersion version = new OrgUnitVersion();
        version.id = UUID.randomUUID();
        version.unitId = unit.id;
        version.validFrom = date;
        version.name = spec.name().strip();
        version.shortName = blankToNull(spec.shortName());
        version.kind = spec.kind();
        version.parentId = spec.parentId();
        version.nameSearchKey = VietnameseText.searchKey(version.name);
        version.change = "ESTABLISHED";
        version.caseId = caseId;
        version.createdAt = now;
        version.persist();
        outbox.publish(OrgUnitEvents.TOPIC, unit.id.toString(), OrgUnitEvents.CREATED_V1,
                new OrgUnitEvents.CreatedV1(unit.id, unit.code, version.name, version.shortName, version.kind,
                        version.parentId, date, unit.status, caseId, decision, predecessors));
        return unit;
    }

    /** Closes the version in effect on {@code date} and starts an edited copy of it from that date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrgUnitVersion change(UUID unitId, LocalDate date, String change, String eventType,
            Consumer<OrgUnitVersion> edit, Decision decision, UUID caseId) {
        OrgUnitVersion previous = OrgUnitVersion.on(unitId, date).orElseThrow();
        OrgUnitVersion next = copyFrom(previous, date, change, caseId);
        edit.accept(next);
        next.nameSearchKey = VietnameseText.searchKey(next.name);
        previous.validTo = date;
        // Close the old version before the new one exists: the no-overlap constraint is checked per statement.
        OrgUnitVersion.getEntityManager().flush();
        next.persist();
        OrgUnit unit = touch(unitId);
        publishChange(unit, eventType, date, decision, caseId, previous, next, OrgUnitStatus.ACTIVE, List.of(), List.of());
        return next;
    }

    /** Ends the unit on {@code date}: its last version closes and it no longer exists from that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cease(UUID unitId, LocalDate date, String eventType, Decision decision, UUID caseId,
            String relation, List<UUID> successors) {
        OrgUnitVersion last = OrgUnitVersion.on(unitId, date).orElseThrow();
        last.validTo = date;
        OrgUnit unit = touch(unitId);
        unit.cease(date, relation, caseId);
        for (UUID successor : successors) {
            OrgUnitLineage edge = new OrgUnitLineage();
            edge.id = UUID.randomUUID();
            edge.predecessorId = unitId;
            edge.successorId = successor;
            edge.relation = relation;
            edge.effectiveDate = date;
            edge.caseId = caseId;
            edge.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            edge.persist();
        }
        publishChange(unit, eventType, date, decision, caseId, last, last, OrgUnitStatus.CEASED, List.of(), successors);
        // A position cannot outlive its unit: its seats end on the same day, in the same transaction.
        positions.endOpenPositionsOf(unitId, date, decision);
    }

    private void publishChange(OrgUnit unit, String eventType, LocalDate date, Decision decision, UUID caseId,
            OrgUnitVersion before, OrgUnitVersion after, String statusAfter, List<UUID> predecessors,
            List<UUID> successors) {
        outbox.publish(OrgUnitEvents.TOPIC, unit.id.toString(), eventType,
                new OrgUnitEvents.ChangedV1(unit.id, unit.code, date, caseId, decision,
                        state(before, OrgUnitStatus.ACTIVE), state(after, statusAfter), predecessors, successors));
    }

    private static OrgUnitEvents.State state(OrgUnitVersion version, String status) {
        return new OrgUnitEvents.State(version.name, version.shortName, version.kind, version.parentId, status);
    }

    private static OrgUnit touch(UUID unitId) {
        OrgUnit unit = OrgUnit.findById(unitId);
        // Touching the unit also raises its version, so ETags read before a structural change go stale.
        unit.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return unit;
    }

    private static OrgUnitVersion copyFrom(OrgUnitVersion previous, LocalDate date, String change, UUID caseId) {
        OrgUnitVersion next = new OrgUnitVersion();
        next.id = UUID.randomUUID();
        next.unitId = previous.unitId;
        next.validFrom = date;
        next.name = previous.name;
        next.shortName = previous.shortName;
        next.kind = previous.kind;
        next.parentId = previous.parentId;
        next.change = change;
        next.caseId = caseId;
        next.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return next;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
