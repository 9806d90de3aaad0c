package vn.tochuc.cadre.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.CvSections;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.VietnameseSortKey;
import vn.tochuc.cadre.repository.ListedPerson;
import vn.tochuc.cadre.rest.PersonName;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.cadre.rest.PersonResponse;
import vn.tochuc.cadre.rest.PersonSummary;
import vn.tochuc.cadre.rest.Place;
import vn.tochuc.cadre.rest.Warning;
import vn.tochuc.platform.text.VietnameseText;

/** Between the CV as the API shows it and the person row, including the derived search and sort keys. */
@ApplicationScoped
public class PersonMapper {

    private final ObjectMapper json;

    PersonMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Writes a checked request onto the row; {@code dateOfBirth} is the parsed form of the request's text. */
    public void apply(PersonRequest r, PartialDate dateOfBirth, Person p) {
        p.nationalId = blankToNull(r.nationalId());
        p.surname = r.birthName().surname();
        p.middleName = blankToNull(r.birthName().middleName());
        p.givenName = r.birthName().givenName();
        PersonName used = r.nameInUse();
        p.usedSurname = used == null ? null : used.surname();
        p.usedMiddleName = used == null ? null : blankToNull(used.middleName());
        p.usedGivenName = used == null ? null : used.givenName();
        p.otherNames = blankToNull(r.otherNames());
        p.sex = r.sex();
        p.birthYear = dateOfBirth.year();
        p.birthMonth = dateOfBirth.month();
        p.birthDay = dateOfBirth.day();
        p.birthPrecision = dateOfBirth.precision();
        p.birthDateFloor = dateOfBirth.earliest();
        p.deathDate = r.dateOfDeath();
        p.birthplace = r.birthplace() == null ? null : blankToNull(r.birthplace().text());
        p.birthplaceUnitCode = r.birthplace() == null ? null : r.birthplace().adminUnitCode();
        p.homeTown = r.homeTown() == null ? null : blankToNull(r.homeTown().text());
        p.homeTownUnitCode = r.homeTown() == null ? null : r.homeTown().adminUnitCode();
        p.ethnicityCode = blankToNull(r.ethnicityCode());
        p.religionCode = blankToNull(r.religionCode());
        p.generalEducation = r.generalEducation();
        p.educationLevelCode = blankToNull(r.educationLevelCode());
        p.politicalTheoryCode = blankToNull(r.politicalTheoryCode());
        p.stateManagementCode = blankToNull(r.stateManagementCode());
        p.itLevel = blankToNull(r.itLevel());
        p.currentOrgUnitId = r.currentOrgUnitId();
        String sections = NO_SECTIONS.equals(r.sections()) ? noSections() : write(r.sections());
        if (p.cvSections == null || !sameJson(p.cvSections, sections)) {
            // PostgreSQL gives jsonb back re-spaced and re-ordered: compare content, or every save would look
            // like a change and raise the version.
            p.cvSections = sections;
        }
        deriveKeys(p);
    }

    /** The request that would produce this row: what a change is audited against. */
    public PersonRequest toRequest(Person p) {
        CvSections cv = sections(p);
        return new PersonRequest(p.nationalId, birthName(p), nameInUse(p), p.otherNames, p.sex,
                p.dateOfBirth().toString(), p.deathDate, place(p.birthplace, p.birthplaceUnitCode),
                place(p.homeTown, p.homeTownUnitCode), p.ethnicityCode, p.religionCode, p.generalEducation,
                p.educationLevelCode, p.politicalTheoryCode, p.stateManagementCode, p.itLevel, p.currentOrgUnitId,
                cv.degrees(), cv.languages(), cv.workHistory(), cv.salaryHistory(), cv.training(), cv.awards(),
                cv.familyMembers());
    }

    public PersonResponse toResponse(Person p, List<Warning> warnings) {
        CvSections cv = sections(p);
        return new PersonResponse(p.id, p.nationalId, birthName(p), nameInUse(p), fullName(p), p.otherNames, p.sex,
                p.dateOfBirth().toString(), p.birthPrecision, p.deathDate, place(p.birthplace, p.birthplaceUnitCode),
                place(p.homeTown, p.homeTownUnitCode), p.ethnicityCode, p.religionCode, p.generalEducation,
                p.educationLevelCode, p.politicalTheoryCode, p.stateManagementCode, p.itLevel, p.currentOrgUnitId,
                null, cv.degrees(), cv.languages(), cv.workHistory(), cv.salaryHistory(), cv.training(), cv.awards(),
                cv.familyMembers(), p.version, p.createdAt, p.updatedAt, warnings, List.of());
    }

    public PersonSummary toSummary(Person p) {
        return new PersonSummary(p.id, fullName(p), birthName(p), nameInUse(p), p.sex, p.dateOfBirth().toString(),
                p.birthPrecision, p.ethnicityCode, p.politicalTheoryCode, p.currentOrgUnitId, null, p.version);
    }

    /** A person list's row as its item, without the membership (the service adds it). */
    public PersonSummary toSummary(ListedPerson p) {
        PersonName birth = new PersonName(p.surname(), p.middleName(), p.givenName());
        PersonName used = nameInUse(p.usedSurname(), p.usedMiddleName(), p.usedGivenName());
        return new PersonSummary(p.id(), (used == null ? birth : used).full(), birth, used, p.sex(),
                p.dateOfBirth().toString(), p.birthPrecision(), p.ethnicityCode(), p.politicalTheoryCode(),
                p.currentOrgUnitId(), null, p.version());
    }

    /**
     * How a problem text names a person: the full name, else the id (a person not on record). The caller reached
     * the person's records to get this far, so the name tells nothing new.
     */
    public String nameOf(UUID personId) {
        Person p = personId == null ? null : Person.findById(personId);
        return p == null ? String.valueOf(personId) : fullName(p);
    }

    /** The name people are listed and sorted by: the name in use when declared, else the birth name. */
    private static void deriveKeys(Person p) {
        PersonName birth = birthName(p);
        PersonName shown = nameInUse(p) == null ? birth : nameInUse(p);
        p.sortKey = VietnameseSortKey.of(shown.givenName(), shown.middleName(), shown.surname());
        p.birthNameKey = VietnameseText.searchKey(birth.full());
        StringBuilder search = new StringBuilder(p.birthNameKey);
        if (nameInUse(p) != null) {
            search.append(" / ").append(VietnameseText.searchKey(nameInUse(p).full()));
        }
        if (p.otherNames != null) {
            search.append(" / ").append(VietnameseText.searchKey(p.otherNames));
        }
        p.searchKey = search.toString();
    }

    private static String fullName(Person p) {
        return (nameInUse(p) == null ? birthName(p) : nameInUse(p)).full();
    }

    private static PersonName birthName(Person p) {
        return new PersonName(p.surname, p.middleName, p.givenName);
    }

    private static PersonName nameInUse(Person p) {
        return nameInUse(p.usedSurname, p.usedMiddleName, p.usedGivenName);
    }

    /** No name in use is declared when its given name is absent. */
    private static PersonName nameInUse(String surname, String middleName, String givenName) {
        return givenName == null ? null : new PersonName(surname, middleName, givenName);
    }

    private static Place place(String text, String code) {
        return text == null && code == null ? null : new Place(text, code);
    }

    /** A CV without repeated sections, as every imported row is: its JSON is written once, not once a row. */
    private static final CvSections NO_SECTIONS = new CvSections(null, null, null, null, null, null, null);
    private volatile String noSections;

    private String noSections() {
        String written = noSections;
        if (written == null) {
            written = write(NO_SECTIONS);
            noSections = written;
        }
        return written;
    }

    private CvSections sections(Person p) {
        if (p.cvSections.equals(noSections)) {
            return NO_SECTIONS; // as this mapper wrote it, not yet read back from the database
        }
        try {
            return json.readValue(p.cvSections, CvSections.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The CV sections of person " + p.id + " are not readable JSON", e);
        }
    }

    private String write(CvSections sections) {
        try {
            return json.writeValueAsString(sections);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("CV sections cannot be written as JSON", e);
        }
    }

    private boolean sameJson(String a, String b) {
        try {
            return json.readTree(a).equals(json.readTree(b));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
