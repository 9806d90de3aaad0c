package vn.tochuc.task.congress;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.rules.RuleValuesCheck;

/**
 * The values of a congress schedule version added through /api/v1/rules/task, checked as the older
 * /api/v1/congress-rules checks its body, so a version the plans could not be derived from is refused (400) field by
 * field instead of breaking the recompute.
 */
@Singleton
class ScheduleValuesCheck implements RuleValuesCheck {

    private static final String KIND = "^[A-Z][A-Z0-9_]*$";

    @Override
    public boolean appliesTo(String rule) {
        return CongressSchedules.isSchedule(rule);
    }

    @Override
    public List<FieldError> problems(JsonNode values) {
        List<FieldError> problems = new ArrayList<>();
        String name = values.path("name").asText("");
        if (!values.path("name").isTextual() || name.isBlank() || name.length() > 300) {
            problems.add(new FieldError("values.name", "must be the version's name, 1 to 300 characters"));
        }
        JsonNode levels = values.path("levels");
        if (!levels.isArray() || levels.isEmpty() || levels.size() > 50) {
            problems.add(new FieldError("values.levels", "must list 1 to 50 rules, one per kind of unit"));
            return problems;
        }
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            JsonNode level = levels.get(i);
            String at = "values.levels[" + i + "].";
            String kind = level.path("unitKind").asText("");
            if (!level.path("unitKind").isTextual() || !kind.matches(KIND) || kind.length() > 60) {
                problems.add(new FieldError(at + "unitKind", "must be an org-unit kind code such as "
                        + "GRASSROOTS_PARTY_CELL (GET /api/v1/org-unit-kinds)"));
            } else if (!kinds.add(kind)) {
                problems.add(new FieldError(at + "unitKind", "names " + kind + " a second time; give one rule per "
                        + "kind of unit"));
            }
            try {
                LocalDate.parse(level.path("deadline").asText(""));
            } catch (DateTimeParseException e) {
                problems.add(new FieldError(at + "deadline", "must be the last day of the congress, YYYY-MM-DD"));
            }
            flag(problems, level, at, "beforeSuperior");
            flag(problems, level, at, "heldRequiresPersonnel");
            days(problems, level, at, "minDaysBeforeSuperior", 365);
            days(problems, level, at, "planLeadWorkingDays", 260);
            days(problems, level, at, "documentsLeadWorkingDays", 260);
            days(problems, level, at, "personnelLeadWorkingDays", 260);
            String type = level.path("defaultCongressType").asText("");
            if (!type.equals(CongressType.MEMBERS.name()) && !type.equals(CongressType.DELEGATES.name())) {
                problems.add(new FieldError(at + "defaultCongressType", "must be MEMBERS or DELEGATES"));
            }
        }
        return problems;
    }

    private static void flag(List<FieldError> problems, JsonNode level, String at, String field) {
        if (!level.path(field).isBoolean()) {
            problems.add(new FieldError(at + field, "must be true or false"));
        }
    }

    private static void days(List<FieldError> problems, JsonNode level, String at, String field, int max) {
        JsonNode n = level.path(field);
        if (!n.isInt() || n.asInt() < 0 || n.asInt() > max) {
            problems.add(new FieldError(at + field, "must be a whole number of days from 0 to " + max));
        }
    }
}
