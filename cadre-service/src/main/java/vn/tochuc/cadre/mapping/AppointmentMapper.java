package vn.tochuc.cadre.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.event.AppointmentEvents;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.AppointmentResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Between the appointment row, its API answer and its events. */
@ApplicationScoped
public class AppointmentMapper {

    private final JsonColumns json;
    private final PersonMapper persons;

    AppointmentMapper(JsonColumns json, PersonMapper persons) {
        this.json = json;
        this.persons = persons;
    }

    public AppointmentResponse toResponse(Appointment a) {
        OrgUnitView unit = OrgUnitView.findById(a.orgUnitId);
        PositionView position = PositionView.findById(a.positionId);
        return new AppointmentResponse(a.id, a.personId, personName(a), a.positionId,
                position == null ? null : position.titleName, a.orgUnitId,
                unit == null ? null : unit.name, a.kind, a.startDate, a.plannedEndDate, json.decision(a.decision),
                a.endDate, a.endReason, json.decision(a.endDecision), a.flaggedAt, a.flagReason,
                json.ids(a.successorUnitIds), a.rearrangedBy, a.version);
    }

    public AppointmentEvents.StartedV1 started(Appointment a) {
        return new AppointmentEvents.StartedV1(a.id, a.personId, personName(a), a.positionId, a.orgUnitId, a.kind,
                a.startDate, a.plannedEndDate, json.decision(a.decision));
    }

    public AppointmentEvents.EndedV1 ended(Appointment a) {
        return new AppointmentEvents.EndedV1(a.id, a.personId, a.positionId, a.orgUnitId, a.endDate, a.endReason,
                json.decision(a.endDecision));
    }

    public String personName(Appointment a) {
        Person p = Person.findById(a.personId);
        return p == null ? null : persons.toSummary(p).fullName();
    }
}
