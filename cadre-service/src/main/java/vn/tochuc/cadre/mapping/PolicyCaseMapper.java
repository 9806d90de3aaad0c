package vn.tochuc.cadre.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.PolicyCase;
import vn.tochuc.cadre.domain.PolicyCaseStep;
import vn.tochuc.cadre.rest.PolicyCaseResponse;

/** Between the policy case rows and their API answer. */
@ApplicationScoped
public class PolicyCaseMapper {

    private final JsonColumns json;
    private final PersonMapper persons;

    PolicyCaseMapper(JsonColumns json, PersonMapper persons) {
        this.json = json;
        this.persons = persons;
    }

    public PolicyCaseResponse toResponse(PolicyCase c) {
        Person person = Person.findById(c.personId);
        return new PolicyCaseResponse(c.id, c.personId, person == null ? null : persons.toSummary(person).fullName(),
                c.kind, c.legalBasis, c.proposedDate, c.status, c.statusOn, json.decision(c.decision), c.note,
                PolicyCaseStep.of(c.id).stream().map(this::step).toList(), c.version);
    }

    private PolicyCaseResponse.Step step(PolicyCaseStep s) {
        return new PolicyCaseResponse.Step(s.fromStatus, s.toStatus, s.onDate, json.decision(s.decision), s.note,
                s.actor);
    }
}
