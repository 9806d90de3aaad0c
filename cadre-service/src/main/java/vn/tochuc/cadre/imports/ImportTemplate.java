package vn.tochuc.cadre.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty file to fill in: the header row an import reads (every column, required ones first), and in the XLSX
 * a second sheet that says what each column holds. Built from {@link ImportColumns}, so it cannot drift from what
 * the import accepts.
 */
public final class ImportTemplate {

    /** What each column holds, in the Board's words, with an example; the guide sheet of the XLSX. */
    private static final java.util.Map<String, String> MEANING = java.util.Map.ofEntries(
            java.util.Map.entry(ImportColumns.NATIONAL_ID, "12 chữ số, ví dụ 026075001234 (khóa: nhập lại thì cập nhật)"),
            java.util.Map.entry("surname", "Họ, ví dụ Nguyễn"),
            java.util.Map.entry("middleName", "Tên đệm, ví dụ Trung"),
            java.util.Map.entry("givenName", "Tên, ví dụ Hải"),
            java.util.Map.entry("sex", "MALE / FEMALE (Nam / Nữ)"),
            java.util.Map.entry("dateOfBirth", "YYYY-MM-DD hoặc DD/MM/YYYY; chỉ biết tháng/năm: YYYY-MM hoặc YYYY"),
            java.util.Map.entry("ethnicityCode", "Mã dân tộc 01-54, GET /api/v1/reference-data/ethnicities"),
            java.util.Map.entry("religionCode", "Mã tôn giáo, GET /api/v1/reference-data/religions"),
            java.util.Map.entry("currentOrgUnitId", "Mã (id) đơn vị quản lý, GET /api/v1/org-units"),
            java.util.Map.entry(ImportColumns.ADMITTED_ON, "Ngày kết nạp, YYYY-MM-DD hoặc DD/MM/YYYY; cần cả partyCellId"),
            java.util.Map.entry(ImportColumns.CELL_ID, "Mã (id) chi bộ kết nạp, GET /api/v1/org-units"));

    /** The CSV template as the API document shows it: what {@link #csv()} sends after its byte-order mark (a test
     * keeps them equal; an annotation needs a constant). */
    public static final String CSV_EXAMPLE = "nationalId,surname,givenName,sex,dateOfBirth,middleName,otherNames,"
            + "birthplace,homeTown,ethnicityCode,religionCode,generalEducation,educationLevelCode,politicalTheoryCode,"
            + "stateManagementCode,itLevel,currentOrgUnitId,partyAdmittedOn,partyCellId,partyRecordNumber,sponsor1,"
            + "sponsor2\r\n";

    private ImportTemplate() {
    }

    /** The columns in template order: the required ones, then the rest as {@link ImportColumns#ALL} lists them. */
    static List<String> columns() {
        return java.util.stream.Stream.concat(ImportColumns.REQUIRED.stream(),
                ImportColumns.ALL.stream().filter(c -> !ImportColumns.REQUIRED.contains(c))).toList();
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Vietnamese of a filled-in copy correctly. */
    public static byte[] csv() {
        return ("\uFEFF" + String.join(",", columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = book.createSheet("Danh sách");
            Row header = data.createRow(0);
            List<String> columns = columns();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, 18 * 256);
            }
            Sheet guide = book.createSheet("Hướng dẫn");
            Row titles = guide.createRow(0);
            String[] headings = {"Cột", "Tiêu đề tiếng Việt cũng được nhận", "Bắt buộc", "Nội dung"};
            for (int i = 0; i < headings.length; i++) {
                titles.createCell(i).setCellValue(headings[i]);
                titles.getCell(i).setCellStyle(bold);
            }
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                Row row = guide.createRow(i + 1);
                row.createCell(0).setCellValue(column);
                row.createCell(1).setCellValue(ImportColumns.VIETNAMESE_HEADER.getOrDefault(column, ""));
                row.createCell(2).setCellValue(ImportColumns.REQUIRED.contains(column) ? "Có" : "");
                row.createCell(3).setCellValue(MEANING.getOrDefault(column, ""));
            }
            Row whole = guide.createRow(columns.size() + 1);
            whole.createCell(0).setCellValue(ImportColumns.FULL_NAME);
            whole.createCell(1).setCellValue("Họ và tên");
            whole.createCell(3).setCellValue("Thay cho surname, middleName, givenName: họ là từ đầu, tên là từ cuối");
            guide.setColumnWidth(0, 22 * 256);
            guide.setColumnWidth(1, 30 * 256);
            guide.setColumnWidth(3, 70 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the import template", e);
        }
    }
}
