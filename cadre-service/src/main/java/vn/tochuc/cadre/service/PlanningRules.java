package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.PostLevel;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.domain.PlanningTerm;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.PlanningRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** What a planning entry must satisfy before it is recorded: a living person, a known target, a term, no bar. */
@ApplicationScoped
public class PlanningRules {

    /** The seat a planning entry names, resolved from a position or from a title of a unit. */
    public record Target(UUID positionId, UUID orgUnitId, String titleCode) {
    }

    private final DisciplineBars bars;
    private final PersonAccess access;

    PlanningRules(DisciplineBars bars, PersonAccess access) {
        this.access = access;
        this.bars = bars;
    }

    public Target plannable(PlanningRequest r, PlanningTerm term, LocalDate plannedOn) {
        Person person = access.find(r.personId());
        if (person == null) {
            throw unknown("personId", "No person has id " + r.personId() + "; record the CV first "
                    + "(POST /api/v1/persons).", "is not a person on record");
        }
        if (person.deathDate != null && !plannedOn.isBefore(person.deathDate)) {
            throw ProblemException.invalid("plannedOn", "is not before the person's date of death "
                    + person.deathDate);
        }
        // Planning prepares a cadre for a post, so the age floor of an appointment applies (same constant, one rule).
        LocalDate ofAge = person.dateOfBirth().latest().plusYears(AppointmentRules.MINIMUM_AGE);
        if (plannedOn.isBefore(ofAge)) {
            throw ProblemException.invalid("plannedOn", "the person (born " + person.dateOfBirth() + ") is under "
                    + AppointmentRules.MINIMUM_AGE + " on " + plannedOn + "; the earliest possible day is " + ofAge);
        }
        if (plannedOn.getYear() >= term.endYear()) {
            throw ProblemException.invalid("plannedOn", "is after the term " + term + " ended; planning is made "
                    + "for the current or a coming term");
        }
        Target target = r.positionId() != null ? ofPosition(r, term) : ofTitle(r);
        // Planning prepares a cadre for a step up: judged as for a higher post (both windows bar it).
        bars.requireNotBarred(person.id, plannedOn, PostLevel.HIGHER, DisciplineBars.Purpose.PLANNING);
        if (!Planning.standing(person.id, target.orgUnitId(), target.titleCode(), target.positionId(),
                term.startYear()).isEmpty()) {
            throw ProblemException.conflict("already-planned", "Person " + person.id + " is already planned for "
                    + target.titleCode() + " of unit " + target.orgUnitId() + " in term " + term + "; remove that "
                    + "entry first if the planning changed.");
        }
        return target;
    }

    private static Target ofPosition(PlanningRequest r, PlanningTerm term) {
        PositionView position = PositionView.findById(r.positionId());
        if (position == null) {
            throw unknown("positionId", "The position is not known to this service.", "is not a position known "
                    + "from org-service; use an id from GET /api/v1/positions?orgUnitId=...");
        }
        if (r.orgUnitId() != null && !position.orgUnitId.equals(r.orgUnitId())) {
            throw new ProblemException(422, "position-of-another-unit", "Position " + position.id + " ("
                    + position.titleName + ") belongs to org unit " + position.orgUnitId + ", not " + r.orgUnitId()
                    + "; send the position's own unit or leave orgUnitId out.",
                    List.of(new FieldError("orgUnitId", "is not the unit of the position")));
        }
        if (r.titleCode() != null && !position.titleCode.equals(r.titleCode())) {
            throw ProblemException.invalid("titleCode", "is not the title of position " + position.id + " ("
                    + position.titleCode + "); leave it out when positionId is given");
        }
        // A position that ended before the term begins has no seat to plan for.
        if (position.validTo != null && !position.validTo.isAfter(LocalDate.of(term.startYear(), 1, 1))) {
            throw new ProblemException(422, "position-not-in-effect", "Position " + position.id + " ("
                    + position.titleName + ") ended on " + position.validTo + ", before term " + term + "; plan "
                    + "for a position that exists in the term.", List.of(new FieldError("positionId",
                    "ended before the term")));
        }
        return new Target(position.id, position.orgUnitId, position.titleCode);
    }

    private static Target ofTitle(PlanningRequest r) {
        if (r.titleCode() == null || r.orgUnitId() == null) {
            throw ProblemException.invalid("positionId", "give positionId, or titleCode and orgUnitId, to say "
                    + "what the person is planned for");
        }
        OrgUnitView unit = OrgUnitView.findById(r.orgUnitId());
        if (unit == null) {
            throw unknown("orgUnitId", "The org unit is not known to this service.", "is not an org unit known "
                    + "from org-service; use an id from GET /api/v1/org-units");
        }
        if (!"ACTIVE".equals(unit.status)) {
            throw new ProblemException(422, "unit-not-in-effect", "Org unit " + unit.id + " (" + unit.name + ") is "
                    + unit.status + "; plan for its successor unit.", List.of(new FieldError("orgUnitId",
                    "has ceased")));
        }
        return new Target(null, unit.id, r.titleCode());
    }

    private static ProblemException unknown(String field, String detail, String message) {
        return new ProblemException(422, "unknown-reference", detail, List.of(new FieldError(field, message)));
    }
}
