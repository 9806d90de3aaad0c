package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.AppointmentEndReason;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.event.DisciplineEvents;
import vn.tochuc.cadre.mapping.DisciplineMapper;
import vn.tochuc.cadre.mapping.JsonColumns;
import vn.tochuc.cadre.rest.AppointmentResponse;
import vn.tochuc.cadre.rest.DisciplineRequest;
import vn.tochuc.cadre.rest.DisciplineResponse;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Records discipline decisions. Removal from post (cách chức) ends the person's appointments in the same
 * transaction, so no one is both removed and still in post; the re-arrangement afterwards (bố trí lại sau kỷ
 * luật) is a new appointment of kind REARRANGED.
 */
@ApplicationScoped
public class DisciplineService {

    private final DisciplineRules rules;
    private final DisciplineMapper mapper;
    private final JsonColumns json;
    private final AppointmentService appointments;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final PersonAccess access;

    DisciplineService(DisciplineRules rules, DisciplineMapper mapper, JsonColumns json,
            AppointmentService appointments, AuditTrail audit, Outbox outbox, PersonAccess access) {
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
        this.appointments = appointments;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public DisciplineResponse decide(DisciplineRequest r, Caller caller) {
        DisciplineRules.Decidable decidable = rules.decidable(r);
        Person person = decidable.person();
        DisciplineRules.Bar bar = rules.bar(r);
        Discipline d = new Discipline();
        d.id = UUID.randomUUID();
        d.personId = person.id;
        d.system = r.system();
        d.form = r.form();
        d.orgUnitId = r.orgUnitId() != null ? r.orgUnitId() : person.currentOrgUnitId;
        d.decidedOn = r.decision().date();
        d.effectiveOn = r.effectiveOn();
        d.decision = json.write(r.decision());
        d.reason = r.reason();
        d.barredFrom = r.effectiveOn();
        d.higherUntil = bar.higherUntil();
        d.equalUntil = bar.equalUntil();
        d.barredUntil = bar.barredUntil(d.barredFrom);
        d.barRuleVersionId = bar.ruleVersionId();
        d.formRuleVersionId = decidable.formRuleVersionId();
        d.barBasis = bar.basis();
        d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        d.updatedAt = d.createdAt;
        d.persist();
        Discipline.flush();
        List<UUID> ended = List.of();
        if (d.form == DisciplineForm.REMOVAL_FROM_POST) {
            ended = appointments.endAllOf(person.id, d.effectiveOn, AppointmentEndReason.REMOVED_BY_DISCIPLINE,
                    r.decision(), caller).stream().map(AppointmentResponse::id).toList();
        }
        DisciplineResponse response = mapper.toResponse(d, ended);
        audit.record(person.id, "DISCIPLINE_DECIDED", caller, null, Map.of("discipline:" + d.id, response));
        outbox.publish(DisciplineEvents.TOPIC, d.id.toString(), DisciplineEvents.DECIDED_V1,
                mapper.decided(d, ended));
        return response;
    }

    public DisciplineResponse get(UUID id) {
        Discipline d = access.reachable(Discipline.<Discipline>findByIdOptional(id), x -> x.personId,
                "discipline decision", id);
        return mapper.toResponse(d, null);
    }
}
