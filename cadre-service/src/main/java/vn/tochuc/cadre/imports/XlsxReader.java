package vn.tochuc.cadre.imports;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.platform.problem.ProblemException;

/**
 * The first sheet of an Excel workbook (.xlsx), its first row the header. Dates typed as Excel dates come out as
 * ISO dates, not in the locale's display format; numbers (a national ID typed as a number) without grouping.
 */
final class XlsxReader {

    /**
     * POI builds the sheet in memory: a 16 MB upload of highly compressible XML could expand to gigabytes. 100,000
     * rows of this form's columns stay well under 200 MB unpacked; anything bigger is refused as unreadable.
     */
    static final long MAX_UNPACKED_ENTRY = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNPACKED_ENTRY));
    }

    private XlsxReader() {
    }

    static ImportedFile read(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw FileProblems.empty();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> header = null;
            List<ImportedFile.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(value(row.getCell(c), text));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new ImportedFile.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header == null) {
                throw FileProblems.empty();
            }
            return new ImportedFile(header, rows);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI reports a broken zip, a missing part or a zip bomb with many exception types; all mean the same.
            throw new ProblemException(400, "malformed-file", "The file is not a readable Excel workbook (.xlsx): "
                    + e.getClass().getSimpleName() + ". Open it in Excel, save it as .xlsx and send it again, or "
                    + "send a CSV file as text/csv.");
        }
    }

    private static String value(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (type == CellType.NUMERIC) {
            double n = cell.getNumericCellValue();
            return n == Math.rint(n) && Math.abs(n) < 1e15 ? String.valueOf((long) n) : String.valueOf(n);
        }
        return text.formatCellValue(cell).strip();
    }
}
