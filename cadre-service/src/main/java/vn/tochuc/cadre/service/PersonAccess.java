package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Whether this request's caller may reach a person's records: the person's managing unit (currentOrgUnitId) must
 * lie in the caller's org scope. Out of scope answers exactly like "no such record", so ids cannot be probed.
 */
@ApplicationScoped
public class PersonAccess {

    private final OrgScope scope;

    PersonAccess(OrgScope scope) {
        this.scope = scope;
    }

    /** @return the person, or null when there is none or the caller may not reach it */
    public Person find(UUID personId) {
        Person person = personId == null ? null : Person.findById(personId);
        return person != null && scope.covers(person.currentOrgUnitId) ? person : null;
    }

    public Person require(UUID personId) {
        Person person = find(personId);
        if (person == null) {
            throw ProblemException.notFound("person", personId);
        }
        return person;
    }

    /** A record (appointment, discipline, ...) of a person is reachable only with its person. */
    public <T> T reachable(Optional<T> record, Function<T, UUID> personOf, String what, UUID recordId) {
        if (record.isEmpty() || find(personOf.apply(record.get())) == null) {
            throw ProblemException.notFound(what, recordId);
        }
        return record.get();
    }

    /** A write that places something in a unit, or a report of a unit, must name a unit the caller acts for. */
    public void requireUnit(String field, UUID unitId) {
        scope.requireUnit(field, unitId);
    }
}
