package vn.tochuc.cadre.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.platform.problem.ProblemException;

/**
 * A term (nhiệm kỳ) planning looks at, written "2025-2030". Party congress terms are five years and begin in a year
 * divisible by five (2020-2025, 2025-2030, 2030-2035), so anything else is a typing error, not a term.
 */
public record PlanningTerm(int startYear, int endYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");
    static final int LENGTH = 5;

    /** @param field the request field or query parameter the text came from, for the problem */
    public static PlanningTerm parse(String field, String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, "must be a term written like 2025-2030");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != start + LENGTH || start % LENGTH != 0 || start < 2000 || start > 2100) {
            throw ProblemException.invalid(field, "is not a term: terms are five years starting in a year divisible "
                    + "by 5 between 2000 and 2100, e.g. 2025-2030 or 2030-2035");
        }
        return new PlanningTerm(start, end);
    }

    @Override
    public String toString() {
        return startYear + "-" + endYear;
    }
}
