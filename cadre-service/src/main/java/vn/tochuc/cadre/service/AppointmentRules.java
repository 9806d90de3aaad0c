package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.AppointmentKind;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.AppointmentRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/** What an appointment must satisfy before it is recorded: a real person of age, a unit in effect, no bar. */
@ApplicationScoped
public class AppointmentRules {

    /** Bộ luật Lao động / Luật Cán bộ, công chức: a cadre is at least 18 years old. */
    static final int MINIMUM_AGE = 18;

    private final DisciplineBars bars;
    private final PersonAccess access;
    private final PersonMapper persons;

    AppointmentRules(DisciplineBars bars, PersonAccess access, PersonMapper persons) {
        this.persons = persons;
        this.access = access;
        this.bars = bars;
    }

    /** @return the person to appoint, after every check passed */
    public Person appointable(AppointmentRequest r) {
        access.requireUnit("orgUnitId", r.orgUnitId());
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", ProblemText.of("unknown-person")
                    .with("id", r.personId())).field("personId", ProblemText.of("field.not-a-person"));
        }
        if (r.plannedEndDate() != null && !r.plannedEndDate().isAfter(r.startDate())) {
            throw ProblemException.invalid("plannedEndDate", ProblemText.of("field.after").with("other", "startDate")
                    .with("date", r.startDate()));
        }
        // A date of birth known only to the month or year: count from its last possible day.
        LocalDate ofAge = person.dateOfBirth().latest().plusYears(MINIMUM_AGE);
        if (r.startDate().isBefore(ofAge)) {
            throw ProblemException.invalid("startDate", ProblemText.of("field.under-age")
                    .with("born", person.dateOfBirth()).with("years", MINIMUM_AGE).with("date", r.startDate())
                    .with("earliest", ofAge));
        }
        if (person.deathDate != null && !r.startDate().isBefore(person.deathDate)) {
            throw ProblemException.invalid("startDate", ProblemText.of("field.before-death")
                    .with("date", person.deathDate));
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
                    PositionView position = PositionView.findById(r.positionId());
                    throw ProblemException.conflict("already-appointed", ProblemText.of("already-appointed")
                            .with("person", persons.nameOf(person.id))
                            .with("position", position == null ? r.positionId() : position.titleName)
                            .with("appointment", a.id).with("since", a.startDate));
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
            throw unknownPosition();
        }
        return r.withOrgUnitId(position.orgUnitId);
    }

    private static ProblemException unknownPosition() {
        return new ProblemException(422, "unknown-reference", ProblemText.of("unknown-reference.position"))
                .field("positionId", ProblemText.of("field.not-a-position"));
    }

    private static String unitName(java.util.UUID unitId) {
        OrgUnitView unit = OrgUnitView.findById(unitId);
        return unit == null ? String.valueOf(unitId) : unit.name + " (" + unitId + ")";
    }

    /** org-service dead-letters an appointment naming a position it does not know or of another unit. */
    private void requirePositionInEffect(AppointmentRequest r) {
        PositionView position = PositionView.findById(r.positionId());
        if (position == null) {
            throw unknownPosition();
        }
        if (!position.orgUnitId.equals(r.orgUnitId())) {
            throw new ProblemException(422, "position-of-another-unit", ProblemText.of("position-of-another-unit")
                    .with("position", position.titleName + " (" + position.id + ")")
                    .with("unit", unitName(position.orgUnitId)).with("sent", unitName(r.orgUnitId())))
                    .field("orgUnitId", ProblemText.of("field.not-unit-of-position"));
        }
        if (!position.inEffectOn(r.startDate())) {
            throw new ProblemException(422, "position-not-in-effect", ProblemText.of("position-not-in-effect")
                    .with("position", position.titleName + " (" + position.id + ")").with("from", position.validFrom)
                    .with("until", position.validTo == null ? "" : ProblemText.of("position-not-in-effect.until")
                            .with("date", position.validTo)).with("date", r.startDate()))
                    .field("positionId", ProblemText.of("field.not-in-effect-on").with("date", r.startDate()));
        }
    }

    private static void requireUnitInEffect(AppointmentRequest r) {
        OrgUnitView unit = OrgUnitView.findById(r.orgUnitId());
        if (unit == null) {
            throw new ProblemException(422, "unknown-reference", ProblemText.of("unknown-reference.unit"))
                    .field("orgUnitId", ProblemText.of("field.not-a-unit"));
        }
        if (!"ACTIVE".equals(unit.status) || unit.validFrom.isAfter(r.startDate())) {
            throw new ProblemException(422, "unit-not-in-effect", ProblemText.of("unit-not-in-effect")
                    .with("unit", unit.name + " (" + unit.id + ")").with("status", unit.status)
                    .with("from", unit.validFrom))
                    .field("orgUnitId", ProblemText.of("field.not-in-effect-on").with("date", r.startDate()));
        }
    }
}
