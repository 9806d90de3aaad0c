package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.domain.PlanningTerm;
import vn.tochuc.cadre.event.PlanningEvents;
import vn.tochuc.cadre.mapping.JsonColumns;
import vn.tochuc.cadre.mapping.PlanningMapper;
import vn.tochuc.cadre.rest.PlanningRemovalRequest;
import vn.tochuc.cadre.rest.PlanningRequest;
import vn.tochuc.cadre.rest.PlanningResponse;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/**
 * Adds people to planning and removes them. Each change writes the row, the person's audit row and the event to the
 * outbox in one transaction: all three or none.
 */
@ApplicationScoped
public class PlanningService {

    private final PlanningRules rules;
    private final PlanningMapper mapper;
    private final JsonColumns json;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final PersonAccess access;

    PlanningService(PlanningRules rules, PlanningMapper mapper, JsonColumns json, AuditTrail audit, Outbox outbox,
            PersonAccess access) {
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public PlanningResponse add(PlanningRequest r, Caller caller) {
        PlanningTerm term = PlanningTerm.parse("term", r.term());
        LocalDate plannedOn = r.plannedOn() == null ? LocalDate.now() : r.plannedOn();
        PlanningRules.Target target = rules.plannable(r, term, plannedOn);
        access.requireUnit("orgUnitId", target.orgUnitId());
        Planning p = new Planning();
        p.id = UUID.randomUUID();
        p.personId = r.personId();
        p.positionId = target.positionId();
        p.orgUnitId = target.orgUnitId();
        p.titleCode = target.titleCode();
        p.termStart = term.startYear();
        p.termEnd = term.endYear();
        p.plannedOn = plannedOn;
        p.decision = json.write(r.decision());
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.updatedAt = p.createdAt;
        p.persist();
        Planning.flush(); // the version goes into the answer's ETag
        PlanningResponse after = mapper.toResponse(p);
        audit.record(p.personId, "PLANNING_ADDED", caller, null, snapshot(after));
        outbox.publish(PlanningEvents.TOPIC, p.id.toString(), PlanningEvents.ADDED_V1, mapper.added(p));
        return after;
    }

    @Transactional
    public PlanningResponse remove(UUID id, PlanningRemovalRequest r, String ifMatch, Caller caller) {
        Planning p = find(id);
        EntityVersions.requireMatch(ifMatch, p.version);
        if (!p.isActive()) {
            throw ProblemException.conflict("planning-removed", "Planning " + id + " was already removed on "
                    + p.removedOn + "; it cannot be removed again. Add a new entry to plan the person again.");
        }
        LocalDate removedOn = r.removedOn() == null ? LocalDate.now() : r.removedOn();
        if (removedOn.isBefore(p.plannedOn)) {
            throw ProblemException.invalid("removedOn", "is before the person was planned on " + p.plannedOn);
        }
        PlanningResponse before = mapper.toResponse(p);
        p.removedOn = removedOn;
        p.removalReason = r.reason();
        p.removalDecision = json.write(r.decision());
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Planning.flush();
        PlanningResponse after = mapper.toResponse(p);
        audit.record(p.personId, "PLANNING_REMOVED", caller, snapshot(before), snapshot(after));
        outbox.publish(PlanningEvents.TOPIC, p.id.toString(), PlanningEvents.REMOVED_V1, mapper.removed(p));
        return after;
    }

    public PlanningResponse get(UUID id) {
        return mapper.toResponse(find(id));
    }

    private Planning find(UUID id) {
        return access.reachable(Planning.<Planning>findByIdOptional(id), x -> x.personId, "planning", id);
    }

    /** The person's audit trail names the entry, so one person's rows tell their entries apart. */
    private static Map<String, Object> snapshot(PlanningResponse p) {
        return Map.of("planning:" + p.id(), p);
    }
}
