package vn.tochuc.cadre.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.event.DisciplineEvents;
import vn.tochuc.cadre.rest.DisciplineResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Between the discipline row, its API answer and its event. */
@ApplicationScoped
public class DisciplineMapper {

    private final JsonColumns json;
    private final PersonMapper persons;

    DisciplineMapper(JsonColumns json, PersonMapper persons) {
        this.json = json;
        this.persons = persons;
    }

    public DisciplineResponse toResponse(Discipline d, List<UUID> endedAppointmentIds) {
        OrgUnitView unit = d.orgUnitId == null ? null : OrgUnitView.findById(d.orgUnitId);
        return new DisciplineResponse(d.id, d.personId, personName(d), d.system, d.form, d.orgUnitId,
                unit == null ? null : unit.name, json.decision(d.decision), d.effectiveOn, d.reason, d.barredFrom,
                d.barredUntil, d.higherUntil, d.equalUntil, d.barBasis, d.formRuleVersionId, d.barRuleVersionId,
                endedAppointmentIds, d.version);
    }

    public DisciplineEvents.DecidedV1 decided(Discipline d, List<UUID> endedAppointmentIds) {
        return new DisciplineEvents.DecidedV1(d.id, d.personId, personName(d), d.system, d.form, d.orgUnitId,
                d.effectiveOn, d.barredFrom, d.barredUntil, d.higherUntil, d.equalUntil, d.barBasis,
                json.decision(d.decision), endedAppointmentIds);
    }

    private String personName(Discipline d) {
        Person p = Person.findById(d.personId);
        return p == null ? null : persons.toSummary(p).fullName();
    }
}
