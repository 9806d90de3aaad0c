package vn.tochuc.cadre.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * How far an import file may reach in each direction. The readers check as they go, so reading stops at the first
 * row, column or cell past a limit and the rest of the file is never read: the 16 MB body limit alone lets a file of
 * empty lines or a cell in the last column of a sheet blow up in memory.
 */
final class FileLimits {

    /** Enough for a province's party members in a few files. Rows are numbered as the file shows them. */
    static final int MAX_ROWS = 100_000;
    /** The form has 22 columns; room for blank or spare ones, nowhere near a spreadsheet's 16,384. */
    static final int MAX_COLUMNS = 64;
    /** The longest field of the form takes 500 characters. */
    static final int MAX_CELL = 1_000;

    private FileLimits() {
    }

    /** @param rowNumber as the file shows it (the header is row 1) */
    static void requireRow(int rowNumber) {
        if (rowNumber > MAX_ROWS + 1) {
            throw FileProblems.tooManyRows();
        }
    }

    /** @param column the cell's index from 0 */
    static void requireColumn(int column, int rowNumber) {
        if (column >= MAX_COLUMNS) {
            throw FileProblems.tooManyColumns("Row " + rowNumber, column);
        }
    }

    static void requireCellLength(int length, int rowNumber, int column) {
        if (length > MAX_CELL) {
            throw FileProblems.cellTooLong(rowNumber, column);
        }
    }

    /** The rows read so far: the first one with a value is the header, wholly blank rows are skipped. */
    static final class Table {

        private List<String> header;
        private final List<ImportedFile.Row> rows = new ArrayList<>();

        void add(int rowNumber, List<String> cells) {
            requireRow(rowNumber);
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = cells;
            } else {
                rows.add(new ImportedFile.Row(rowNumber, cells));
            }
        }

        ImportedFile file() {
            if (header == null) {
                throw FileProblems.empty();
            }
            return new ImportedFile(header, rows);
        }
    }
}
