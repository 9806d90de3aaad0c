package vn.tochuc.cadre.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.event.PlanningEvents;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.PlanningResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Between the planning row, its API answer and its events. */
@ApplicationScoped
public class PlanningMapper {

    private final JsonColumns json;
    private final PersonMapper persons;

    PlanningMapper(JsonColumns json, PersonMapper persons) {
        this.json = json;
        this.persons = persons;
    }

    public PlanningResponse toResponse(Planning p) {
        OrgUnitView unit = OrgUnitView.findById(p.orgUnitId);
        PositionView position = p.positionId == null ? null : PositionView.findById(p.positionId);
        return new PlanningResponse(p.id, p.personId, personName(p), p.positionId,
                position == null ? null : position.titleName, p.orgUnitId, unit == null ? null : unit.name,
                p.titleCode, p.term().toString(), p.plannedOn, json.decision(p.decision), p.removedOn,
                p.removalReason, json.decision(p.removalDecision), p.version);
    }

    public PlanningEvents.AddedV1 added(Planning p) {
        return new PlanningEvents.AddedV1(p.id, p.personId, personName(p), p.positionId, p.orgUnitId, p.titleCode,
                p.term().toString(), p.plannedOn, json.decision(p.decision));
    }

    public PlanningEvents.RemovedV1 removed(Planning p) {
        return new PlanningEvents.RemovedV1(p.id, p.personId, p.positionId, p.orgUnitId, p.titleCode,
                p.term().toString(), p.removedOn, json.decision(p.removalDecision));
    }

    private String personName(Planning p) {
        Person person = Person.findById(p.personId);
        return person == null ? null : persons.toSummary(person).fullName();
    }
}
