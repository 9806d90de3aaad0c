package vn.tochuc.cadre.imports;

import java.util.List;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/** Why a whole file is refused before any job starts: nothing of it is written. */
final class FileProblems {

    private FileProblems() {
    }

    static ProblemException empty() {
        return new ProblemException(400, "empty-file", "The file has no header row; the first row must name the "
                + "columns (" + String.join(", ", ImportColumns.REQUIRED) + " at least), one person per row below.");
    }

    static ProblemException noRows() {
        return new ProblemException(400, "empty-file", "The file has a header but no data rows; add one row per "
                + "person under the header.");
    }

    static ProblemException tooManyRows(int rows) {
        return new ProblemException(413, "too-many-rows", "The file has " + rows + " rows; one import takes at "
                + "most " + ImportColumns.MAX_ROWS + ". Split it into several files.");
    }

    static ProblemException columns(List<FieldError> errors) {
        return new ProblemException(400, "unknown-columns", "The header has " + errors.size() + " problem(s); "
                + "known columns are: " + String.join(", ", ImportColumns.ALL) + ".", errors);
    }
}
