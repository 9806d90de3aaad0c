package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.tochuc.cadre.domain.CvSections;
import vn.tochuc.cadre.domain.NationalId;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.ReferenceCode;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.TransactionMemo;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.rules.Rules;

/**
 * The checks of a CV that Bean Validation cannot express: real and possible dates, the national ID against sex
 * and year of birth, codes that must exist in the reference lists, a unit the org read model knows. Every
 * finding is reported at once, so the caller can fix the whole form in one go.
 */
@ApplicationScoped
public class PersonRules {

    public static final String NATIONAL_ID_RULE = "cadre.national-id";

    /** The values of cadre.national-id: the province codes and the ranges of country codes (births abroad). */
    public record NationalIdCodes(List<String> provinceCodes, List<NationalId.Range> abroadCodeRanges) {
    }

    /** A reference list's codes and a day's national-ID codes as this transaction read them (keys of the memo). */
    private record ReferenceList(String name) {
    }

    private record NationalIdCodesOn(LocalDate day) {
    }

    private final Rules rules;
    private final TransactionMemo memo;

    PersonRules(Rules rules, TransactionMemo memo) {
        this.rules = rules;
        this.memo = memo;
    }

    /** Nobody alive and on record was born earlier; an earlier year is a typing error. */
    static final int EARLIEST_BIRTH_YEAR = 1900;

    /** @return the parsed date of birth of a request that passed every check */
    public PartialDate check(PersonRequest r) {
        List<FieldError> invalid = new ArrayList<>();
        PartialDate born = PartialDate.parse(r.dateOfBirth()).orElse(null);
        LocalDate today = LocalDate.now();
        if (born == null) {
            invalid.add(new FieldError("dateOfBirth", "must be YYYY-MM-DD, YYYY-MM or YYYY and name a real date, "
                    + "e.g. 1975-03-14, 1975-03 or 1975"));
        } else if (born.year() < EARLIEST_BIRTH_YEAR) {
            invalid.add(new FieldError("dateOfBirth", "must be in " + EARLIEST_BIRTH_YEAR + " or later"));
        } else if (born.earliest().isAfter(today)) {
            invalid.add(new FieldError("dateOfBirth", "is in the future (today is " + today + ")"));
        }
        if (r.dateOfDeath() != null) {
            if (r.dateOfDeath().isAfter(today)) {
                invalid.add(new FieldError("dateOfDeath", "is in the future (today is " + today + ")"));
            } else if (born != null && r.dateOfDeath().isBefore(born.earliest())) {
                invalid.add(new FieldError("dateOfDeath", "is before the date of birth " + born));
            }
        }
        if (r.nationalId() != null && !r.nationalId().isBlank() && born != null) {
            NationalId.problem(r.nationalId(), r.sex(), born.year(), nationalIdCodes(today))
                    .ifPresent(problem -> invalid.add(new FieldError("nationalId", problem)));
        }
        checkPeriods(r, invalid);
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "The CV has " + invalid.size()
                    + " invalid field(s); correct them and send it again.", invalid);
        }
        requireKnownReferences(r);
        return born;
    }

    /**
     * The codes of cadre.national-id in force on {@code day} (the day the number is recorded: the codes only ever
     * grow, so today's list accepts every number issued before).
     */
    private NationalId.Codes nationalIdCodes(LocalDate day) {
        return memo.get(new NationalIdCodesOn(day), () -> { // once per transaction: every row of a chunk asks
            Rules.InForce<NationalIdCodes> rule = rules.read(NATIONAL_ID_RULE, day, NationalIdCodes.class);
            NationalIdCodes values = rule.values();
            return new NationalId.Codes(Set.copyOf(values.provinceCodes()),
                    values.abroadCodeRanges() == null ? List.of() : values.abroadCodeRanges(), rule.citation().text());
        });
    }

    private static void checkPeriods(PersonRequest r, List<FieldError> invalid) {
        List<CvSections.WorkPeriod> work = r.sections().workHistory();
        for (int i = 0; i < work.size(); i++) {
            endsAfterStart("workHistory[" + i + "].to", work.get(i).from(), work.get(i).to(), invalid);
        }
        List<CvSections.Training> training = r.sections().training();
        for (int i = 0; i < training.size(); i++) {
            endsAfterStart("training[" + i + "].to", training.get(i).from(), training.get(i).to(), invalid);
        }
    }

    /** YYYY-MM months compare correctly as text. */
    private static void endsAfterStart(String field, String from, String to, List<FieldError> invalid) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            invalid.add(new FieldError(field, "is before the start " + from));
        }
    }

    private void requireKnownReferences(PersonRequest r) {
        List<FieldError> unknown = new ArrayList<>();
        known(ReferenceCode.ETHNICITIES, "ethnicityCode", r.ethnicityCode(), unknown);
        known(ReferenceCode.RELIGIONS, "religionCode", r.religionCode(), unknown);
        known(ReferenceCode.EDUCATION_LEVELS, "educationLevelCode", r.educationLevelCode(), unknown);
        known(ReferenceCode.POLITICAL_THEORY_LEVELS, "politicalTheoryCode", r.politicalTheoryCode(), unknown);
        known(ReferenceCode.STATE_MANAGEMENT_GRADES, "stateManagementCode", r.stateManagementCode(), unknown);
        List<CvSections.Degree> degrees = r.sections().degrees();
        for (int i = 0; i < degrees.size(); i++) {
            known(ReferenceCode.EDUCATION_LEVELS, "degrees[" + i + "].levelCode", degrees.get(i).levelCode(),
                    unknown);
        }
        if (r.currentOrgUnitId() != null && OrgUnitView.findById(r.currentOrgUnitId()) == null) {
            unknown.add(new FieldError("currentOrgUnitId", "is not an org unit known to this service; use the id "
                    + "of a unit from org-service (GET /api/v1/org-units)"));
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "unknown-reference", "The CV refers to " + unknown.size()
                    + " code(s) or unit(s) that do not exist; pick values from the reference lists.", unknown);
        }
    }

    /** Judged against the whole list, read once per transaction: an import's chunk checks hundreds of rows. */
    private void known(String list, String field, String code, List<FieldError> unknown) {
        if (code != null && !code.isBlank() && !memo.get(new ReferenceList(list), () -> ReferenceCode.codesOf(list))
                .contains(code.strip())) {
            unknown.add(new FieldError(field, "'" + code + "' is not in the list; see GET "
                    + "/api/v1/cadres/reference-data/" + list));
        }
    }
}
