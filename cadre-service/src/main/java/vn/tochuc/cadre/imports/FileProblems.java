package vn.tochuc.cadre.imports;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
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

    static ProblemException tooManyRows() {
        return new ProblemException(413, "too-many-rows", String.format(Locale.ROOT, "The file goes on past row "
                + "%,d: one import takes the header and at most %,d rows (blank rows count). Split it into several "
                + "files.", FileLimits.MAX_ROWS + 1, FileLimits.MAX_ROWS));
    }

    /** @param column the cell's index from 0 */
    static ProblemException tooManyColumns(String where, int column) {
        return new ProblemException(413, "too-many-columns", String.format(Locale.ROOT, "%s reaches column %s "
                + "(column %,d); an import file has at most %d columns (A to %s). Delete the cells right of the "
                + "last column you use and send the file again.", where, CellReference.convertNumToColString(column),
                column + 1, FileLimits.MAX_COLUMNS, CellReference.convertNumToColString(FileLimits.MAX_COLUMNS - 1)));
    }

    /** @param column the cell's index from 0 */
    static ProblemException cellTooLong(int rowNumber, int column) {
        return new ProblemException(413, "cell-too-long", String.format(Locale.ROOT, "Row %d, column %s holds more "
                + "than %,d characters; no column of the import takes that much. Check the row (in a CSV, a quote "
                + "left open swallows the rows after it) and send the file again.", rowNumber,
                CellReference.convertNumToColString(column), FileLimits.MAX_CELL));
    }

    static ProblemException columns(List<FieldError> errors) {
        return new ProblemException(400, "unknown-columns", "The header has " + errors.size() + " problem(s); "
                + "known columns are: " + String.join(", ", ImportColumns.ALL) + ".", errors);
    }
}
