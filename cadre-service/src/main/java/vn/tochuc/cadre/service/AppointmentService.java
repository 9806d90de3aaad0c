package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.AppointmentEndReason;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.event.AppointmentEvents;
import vn.tochuc.cadre.mapping.AppointmentMapper;
import vn.tochuc.cadre.mapping.JsonColumns;
import vn.tochuc.cadre.rest.AppointmentEndRequest;
import vn.tochuc.cadre.rest.AppointmentRequest;
import vn.tochuc.cadre.rest.AppointmentResponse;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/**
 * Starts and ends appointments. Each change writes the row, the person's audit row and the event to the outbox in
 * one transaction: all three or none.
 */
@ApplicationScoped
public class AppointmentService {

    private final AppointmentRules rules;
    private final AppointmentMapper mapper;
    private final JsonColumns json;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final PersonAccess access;

    AppointmentService(AppointmentRules rules, AppointmentMapper mapper, JsonColumns json, AuditTrail audit,
            Outbox outbox, PersonAccess access) {
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public AppointmentResponse start(AppointmentRequest request, Caller caller) {
        AppointmentRequest r = rules.withPositionUnit(request);
        rules.appointable(r);
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.personId = r.personId();
        a.positionId = r.positionId();
        a.orgUnitId = r.orgUnitId();
        a.kind = r.kind();
        a.startDate = r.startDate();
        a.plannedEndDate = r.plannedEndDate();
        a.decision = json.write(r.decision());
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.updatedAt = a.createdAt;
        a.persist();
        Appointment.flush(); // the version goes into the answer's ETag
        AppointmentResponse after = mapper.toResponse(a);
        audit.record(a.personId, "APPOINTMENT_STARTED", caller, null, snapshot(after));
        outbox.publish(AppointmentEvents.TOPIC, a.id.toString(), AppointmentEvents.STARTED_V1, mapper.started(a));
        clearRestructuringFlags(a, caller);
        return after;
    }

    /** A new appointment places the person again: appointments flagged by a restructuring are settled by it. */
    private void clearRestructuringFlags(Appointment placed, Caller caller) {
        for (Appointment flagged : Appointment.awaitingRearrangement(placed.personId)) {
            AppointmentResponse before = mapper.toResponse(flagged);
            flagged.rearrangedBy = placed.id;
            flagged.updatedAt = placed.updatedAt;
            Appointment.flush();
            audit.record(flagged.personId, "REARRANGED", caller, snapshot(before),
                    snapshot(mapper.toResponse(flagged)));
        }
    }

    /**
     * The unit of the appointment ceased on {@code effectiveDate}: the seat is gone, so the appointment ends
     * (UNIT_RESTRUCTURED, the contract org-service already reads) and stays flagged until the person is placed
     * again. Runs inside the event's inbox transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endByRestructuring(Appointment a, LocalDate effectiveDate, Decision decision, List<UUID> successors,
            String note, Caller caller) {
        AppointmentResponse before = mapper.toResponse(a);
        a.flaggedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.flagReason = note;
        a.successorUnitIds = json.write(successors);
        if (a.startDate.isBefore(effectiveDate)) {
            end(a, before, effectiveDate, AppointmentEndReason.UNIT_RESTRUCTURED, decision, caller);
        } else {
            // Started on or after the day the unit ceased (recorded late): nothing to end, only to place again.
            a.updatedAt = a.flaggedAt;
            Appointment.flush();
            audit.record(a.personId, "APPOINTMENT_FLAGGED", caller, snapshot(before), snapshot(mapper.toResponse(a)));
        }
    }

    @Transactional
    public AppointmentResponse end(UUID id, AppointmentEndRequest r, String ifMatch, Caller caller) {
        Appointment a = find(id);
        EntityVersions.requireMatch(ifMatch, a.version);
        return end(a, mapper.toResponse(a), r.endDate(), r.reason(), r.decision(), caller);
    }

    /**
     * Ends every appointment the person holds on {@code endDate} (cách chức), inside the caller's transaction.
     *
     * @return the appointments ended
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AppointmentResponse> endAllOf(UUID personId, LocalDate endDate, AppointmentEndReason reason,
            Decision decision, Caller caller) {
        return Appointment.openOf(personId).stream()
                .filter(a -> a.startDate.isBefore(endDate))
                .map(a -> end(a, mapper.toResponse(a), endDate, reason, decision, caller)).toList();
    }

    /** {@code before} is the appointment as it was when the caller began to change it, for the audit row. */
    private AppointmentResponse end(Appointment a, AppointmentResponse before, LocalDate endDate,
            AppointmentEndReason reason, Decision decision, Caller caller) {
        if (!a.isOpen()) {
            throw ProblemException.conflict("appointment-ended", "Appointment " + a.id + " already ended on "
                    + a.endDate + " (" + a.endReason + "); it cannot end again.");
        }
        if (!endDate.isAfter(a.startDate)) {
            throw ProblemException.invalid("endDate", "must be after the start " + a.startDate + " (it is the "
                    + "first day the seat is no longer held)");
        }
        a.endDate = endDate;
        a.endReason = reason;
        a.endDecision = json.write(decision);
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Appointment.flush();
        AppointmentResponse after = mapper.toResponse(a);
        audit.record(a.personId, "APPOINTMENT_ENDED", caller, snapshot(before), snapshot(after));
        outbox.publish(AppointmentEvents.TOPIC, a.id.toString(), AppointmentEvents.ENDED_V1, mapper.ended(a));
        return after;
    }

    public AppointmentResponse get(UUID id) {
        return mapper.toResponse(find(id));
    }

    private Appointment find(UUID id) {
        return access.reachable(Appointment.<Appointment>findByIdOptional(id), x -> x.personId, "appointment", id);
    }

    /** The person's audit trail names the appointment, so one person's rows tell their appointments apart. */
    static Map<String, Object> snapshot(AppointmentResponse a) {
        return Map.of("appointment:" + a.id(), a);
    }
}
