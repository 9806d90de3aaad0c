package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.AppointmentKind;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.AppointmentRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** What an appointment must satisfy before it is recorded: a real person of age, a unit in effect, no bar. */
@ApplicationScoped
public class AppointmentRules {

    /** Bộ luật Lao động / Luật Cán bộ, công chức: a cadre is at least 18 years old. */
    static final int MINIMUM_AGE = 18;

    private final DisciplineBars bars;
    private final PersonAccess access;

    AppointmentRules(DisciplineBars bars, PersonAccess access) {
        this.access = access;
        this.bars = bars;
    }

    /** @return the person to appoint, after every check passed */
    public Person appointable(AppointmentRequest r) {
        access.requireUnit("orgUnitId", r.orgUnitId());
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + "; record "
                    + "the CV first (POST /api/v1/persons).", List.of(new FieldError("personId", "is not a person "
                    + "on record")));
        }
        if (r.plannedEndDate() != null && !r.plannedEndDate().isAfter(r.startDate())) {
            throw ProblemException.invalid("plannedEndDate", "must be after startDate " + r.startDate());
        }
        // A date of birth known only to the month or year: count from its last possible day.
        LocalDate ofAge = person.dateOfBirth().latest().plusYears(MINIMUM_AGE);
        if (r.startDate().isBefore(ofAge)) {
            throw ProblemException.invalid("startDate", "the person (born " + person.dateOfBirth() + ") is under "
                    + MINIMUM_AGE + " on " + r.startDate() + "; the earliest possible start is " + ofAge);
        }
        if (person.deathDate != null && !r.startDate().isBefore(person.deathDate)) {
            throw ProblemException.invalid("startDate", "is not before the person's date of death "
                    + person.deathDate);
        }
        requireUnitInEffect(r);
        requirePositionInEffect(r);
        if (r.kind() != AppointmentKind.REARRANGED) {
            // Re-arranging a disciplined cadre to another post (bố trí lại sau kỷ luật) is what the decision calls
            // for, so the bar on appointment and planning does not stop it.
            bars.requireNotBarred(person.id, r.startDate(),
                    DisciplineBars.levelOf(person.id, r.startDate(), r.postLevel()));
        }
        Appointment.openOf(person.id).stream().filter(a -> a.positionId.equals(r.positionId())).findFirst()
                .ifPresent(a -> {
                    throw ProblemException.conflict("already-appointed", "Person " + person.id + " already holds "
                            + "position " + r.positionId() + " (appointment " + a.id + " since " + a.startDate
                            + "); end that appointment first.");
                });
        return person;
    }

    /**
     * The position implies its unit, so a caller may leave {@code orgUnitId} out; one that sends it is still
     * checked against the position below.
     */
    public AppointmentRequest withPositionUnit(AppointmentRequest r) {
        if (r.orgUnitId() != null || r.positionId() == null) {
            return r;
        }
        PositionView position = PositionView.findById(r.positionId());
        if (position == null) {
            throw new ProblemException(422, "unknown-reference", "The position is not known to this service.",
                    List.of(new FieldError("positionId", "is not a position known from org-service; use an id from "
                            + "GET /api/v1/positions?orgUnitId=...")));
        }
        return r.withOrgUnitId(position.orgUnitId);
    }

    /** org-service dead-letters an appointment naming a position it does not know or of another unit. */
    private static void requirePositionInEffect(AppointmentRequest r) {
        PositionView position = PositionView.findById(r.positionId());
        if (position == null) {
            throw new ProblemException(422, "unknown-reference", "The position is not known to this service.",
                    List.of(new FieldError("positionId", "is not a position known from org-service; use an id from "
                            + "GET /api/v1/positions?orgUnitId=...")));
        }
        if (!position.orgUnitId.equals(r.orgUnitId())) {
            throw new ProblemException(422, "position-of-another-unit", "Position " + position.id + " ("
                    + position.titleName + ") belongs to org unit " + position.orgUnitId + ", not " + r.orgUnitId()
                    + "; send the position's own unit.", List.of(new FieldError("orgUnitId", "is not the unit of "
                    + "the position")));
        }
        if (!position.inEffectOn(r.startDate())) {
            throw new ProblemException(422, "position-not-in-effect", "Position " + position.id + " ("
                    + position.titleName + ") is in effect from " + position.validFrom
                    + (position.validTo == null ? "" : " until " + position.validTo) + ", not on " + r.startDate()
                    + ".", List.of(new FieldError("positionId", "is not in effect on " + r.startDate())));
        }
    }

    private static void requireUnitInEffect(AppointmentRequest r) {
        OrgUnitView unit = OrgUnitView.findById(r.orgUnitId());
        if (unit == null) {
            throw new ProblemException(422, "unknown-reference", "The org unit is not known to this service.",
                    List.of(new FieldError("orgUnitId", "is not an org unit known from org-service; use an id from "
                            + "GET /api/v1/org-units")));
        }
        if (!"ACTIVE".equals(unit.status) || unit.validFrom.isAfter(r.startDate())) {
            throw new ProblemException(422, "unit-not-in-effect", "Org unit " + unit.id + " (" + unit.name + ") is "
                    + unit.status + " and in effect from " + unit.validFrom + "; an appointment must start on or "
                    + "after that day in a unit that has not ceased. Choose the successor unit or another date.",
                    List.of(new FieldError("orgUnitId", "is not in effect on " + r.startDate())));
        }
    }
}
