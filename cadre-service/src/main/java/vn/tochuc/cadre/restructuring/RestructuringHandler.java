package vn.tochuc.cadre.restructuring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.service.AppointmentService;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;

/**
 * cadre-service's reaction to a unit ceasing (sáp nhập, hợp nhất, chia tách, giải thể). It runs after the shared
 * org read model's handler of the same event ({@link #order()}), in the same inbox transaction: members and
 * appointments move with the tree, or nothing changes at all.
 */
@ApplicationScoped
public class RestructuringHandler implements EventHandler {

    /** After platform/org-scope's OrgUnitChangedHandler (order 0). */
    static final int ORDER = 100;

    private final ObjectMapper mapper;
    private final MemberPlacement members;
    private final AppointmentService appointments;

    RestructuringHandler(ObjectMapper mapper, MemberPlacement members, AppointmentService appointments) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.members = members;
        this.appointments = appointments;
    }

    @Override
    public Set<String> eventTypes() {
        return UnitCeased.TYPES;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void handle(EventEnvelope event) {
        UnitCeased ceased = read(event);
        // The audit names the event as the actor and its id as the request: a replay can be traced to its source.
        Caller caller = new Caller("org-service", event.id());
        members.place(ceased, event.id(), caller);
        String note = event.type().replace("vn.tochuc.org.unit.", "").replace(".v1", "") + " of unit "
                + ceased.code() + " on " + ceased.effectiveDate() + " (case " + ceased.caseId() + ")";
        for (Appointment a : Appointment.openIn(ceased.unitId())) {
            appointments.endByRestructuring(a, ceased.effectiveDate(), ceased.decision(), ceased.successorIds(),
                    note, caller);
        }
    }

    private UnitCeased read(EventEnvelope event) {
        UnitCeased ceased;
        try {
            ceased = event.data() == null ? null : mapper.treeToValue(event.data(), UnitCeased.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("Event " + event.id() + " has data that is not an org-unit change: "
                    + e.getMessage(), e);
        }
        if (ceased == null || ceased.unitId() == null || ceased.code() == null || ceased.effectiveDate() == null
                || ceased.successorIds() == null) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks unitId, code, effectiveDate or "
                    + "successorIds, which cadre-service needs to move members and end appointments of the unit");
        }
        if (event.type().endsWith(".dissolved.v1") ? !ceased.successorIds().isEmpty()
                : ceased.successorIds().isEmpty()) {
            throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") has "
                    + ceased.successorIds().size() + " successors; merged, consolidated and split need at least one, "
                    + "dissolved none");
        }
        return ceased;
    }
}
