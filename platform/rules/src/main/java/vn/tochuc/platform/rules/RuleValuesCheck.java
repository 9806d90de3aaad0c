package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.tochuc.platform.problem.Problem;

/**
 * A service's check of the values of one of its rules, so a version added through the API with values the service
 * cannot read is refused (400) instead of breaking later decisions. One CDI bean per rule; a rule without one takes
 * any JSON object.
 */
public interface RuleValuesCheck {

    /** The rule this check is for, e.g. cadre.discipline-bars. */
    String rule();

    /** What is wrong with the values, field by field (paths under "values"); empty when they are fine. */
    List<Problem.FieldError> problems(JsonNode values);
}
