package vn.tochuc.cadre.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.platform.problem.Problem.FieldError;

/**
 * The columns an import file may have, named like the API's fields so one vocabulary serves both. The national ID
 * is required: it is the key that makes a re-run update instead of duplicate.
 */
public final class ImportColumns {

    public static final String NATIONAL_ID = "nationalId";
    public static final String ADMITTED_ON = "partyAdmittedOn";
    public static final String CELL_ID = "partyCellId";
    public static final List<String> REQUIRED = List.of(NATIONAL_ID, "surname", "givenName", "sex", "dateOfBirth");
    public static final List<String> ALL = List.of(NATIONAL_ID, "surname", "middleName", "givenName", "sex",
            "dateOfBirth", "otherNames", "birthplace", "homeTown", "ethnicityCode", "religionCode", "generalEducation",
            "educationLevelCode", "politicalTheoryCode", "stateManagementCode", "itLevel", "currentOrgUnitId",
            ADMITTED_ON, CELL_ID, "partyRecordNumber", "sponsor1", "sponsor2");

    private ImportColumns() {
    }

    /** @return column name → index; throws with every unknown, repeated or missing column listed */
    static Map<String, Integer> index(List<String> header) {
        Map<String, String> known = new HashMap<>();
        ALL.forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).strip();
            String name = known.get(raw.toLowerCase(Locale.ROOT));
            if (raw.isEmpty()) {
                continue;
            }
            if (name == null) {
                errors.add(new FieldError("header[" + (i + 1) + "]", "'" + raw + "' is not a known column"));
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(new FieldError("header[" + (i + 1) + "]", "'" + raw + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                errors.add(new FieldError(required, "the column is required and missing"));
            }
        }
        if (index.containsKey(ADMITTED_ON) != index.containsKey(CELL_ID)) {
            errors.add(new FieldError(index.containsKey(ADMITTED_ON) ? CELL_ID : ADMITTED_ON, "party admission "
                    + "needs both " + ADMITTED_ON + " and " + CELL_ID));
        }
        if (!errors.isEmpty()) {
            throw FileProblems.columns(errors);
        }
        return index;
    }
}
