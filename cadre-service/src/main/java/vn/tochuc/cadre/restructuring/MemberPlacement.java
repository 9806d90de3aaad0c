package vn.tochuc.cadre.restructuring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipHistory;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.TransferKind;
import vn.tochuc.cadre.event.MemberEvents;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.event.Outbox;

/**
 * Members of a ceasing cell: moved to the single successor as of the effective date (one history row each, and a
 * member.transferred.v1 event like any permanent transfer), or flagged for manual placement when the cell was split
 * into several or dissolved. Runs inside the event's inbox transaction.
 */
@ApplicationScoped
public class MemberPlacement {

    static final String MOVED = "MOVED_BY_RESTRUCTURING";
    static final String FLAGGED = "PLACEMENT_NEEDED";

    private final MembershipMapper mapper;
    private final PersonMapper persons;
    private final Outbox outbox;

    MemberPlacement(MembershipMapper mapper, PersonMapper persons, Outbox outbox) {
        this.mapper = mapper;
        this.persons = persons;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void place(UnitCeased ceased, String eventId, Caller caller) {
        List<PartyMembership> members = PartyMembership.list("stage <> ?1 and (cellId = ?2 or temporaryCellId = ?2) "
                + "order by id", MembershipStage.LEFT, ceased.unitId());
        UUID successor = ceased.singleSuccessor();
        for (PartyMembership m : members) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("eventId", eventId);
            details.put("caseId", ceased.caseId());
            details.put("ceasedCellId", ceased.unitId());
            details.put("successorIds", ceased.successorIds());
            details.put("decision", ceased.decision());
            if (successor != null) {
                move(m, ceased, successor, details, caller);
            } else {
                m.placementFlaggedAt = OffsetDateTime.now(ZoneOffset.UTC);
                m.placementNote = "Chi bộ " + ceased.code() + " ceased on " + ceased.effectiveDate() + " with "
                        + (ceased.successorIds().isEmpty() ? "no successor" : ceased.successorIds().size()
                        + " successors") + "; choose the member's new cell and record a transfer";
                m.placementCandidates = mapper.write(ceased.successorIds());
                m.updatedAt = m.placementFlaggedAt;
                history(m, FLAGGED, ceased, details, caller);
            }
        }
    }

    private void move(PartyMembership m, UnitCeased ceased, UUID successor, Map<String, Object> details,
            Caller caller) {
        UUID from = m.cellId;
        if (ceased.unitId().equals(m.cellId)) {
            m.cellId = successor;
        }
        if (ceased.unitId().equals(m.temporaryCellId)) {
            m.temporaryCellId = successor;
        }
        m.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        details.put("toCellId", successor);
        history(m, MOVED, ceased, details, caller);
        String name = persons.toSummary(Person.findById(m.personId)).fullName();
        outbox.publish(MemberEvents.TOPIC, m.id.toString(), MemberEvents.TRANSFERRED_V1, mapper.toEvent(m, name,
                ceased.effectiveDate(), ceased.decision(), TransferKind.PERMANENT, from, null));
    }

    private void history(PartyMembership m, String step, UnitCeased ceased, Map<String, Object> details,
            Caller caller) {
        PartyMembership.flush();
        MembershipHistory h = new MembershipHistory();
        h.membershipId = m.id;
        h.step = step;
        h.effectiveOn = ceased.effectiveDate();
        h.details = mapper.write(details);
        h.actor = caller.actor();
        h.requestId = caller.requestId();
        h.at = m.updatedAt;
        h.persist();
    }
}
