package vn.tochuc.cadre.imports;

import java.util.List;

/**
 * A file's table: the header's column names and the data rows, each with its row number as the user sees it in a
 * spreadsheet (the header is row 1), so a report points at the right line.
 */
public record ImportedFile(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        /** The cell of a column, or null when the row is shorter than the header. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
