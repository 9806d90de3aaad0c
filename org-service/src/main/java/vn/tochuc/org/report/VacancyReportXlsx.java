package vn.tochuc.org.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.org.report.VacancyReport.Figures;

/**
 * Writes the vacancy report as an Excel workbook, the form the Board files and prints: a summary per unit, every
 * position with its holders, and the empty posts. Column widths are fixed rather than auto-sized, because
 * POI's auto-sizing needs AWT fonts, which a headless server may not have.
 */
public final class VacancyReportXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SUMMARY = "Tổng hợp";
    static final String POSITIONS = "Chức danh";
    static final String EMPTY_POSTS = "Vị trí còn trống";

    private VacancyReportXlsx() {
    }

    public static byte[] write(VacancyReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(book.createSheet(SUMMARY), report, bold);
            positions(book.createSheet(POSITIONS), report, bold);
            emptyPosts(book.createSheet(EMPTY_POSTS), report, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the vacancy report workbook", e);
        }
    }

    private static void summary(Sheet sheet, VacancyReport report, CellStyle bold) {
        row(sheet, 0, bold, "Báo cáo vị trí còn trống tại ngày " + report.asOf() + " (năm biên chế " + report.year()
                + ")");
        row(sheet, 1, bold, "Mã", "Đơn vị", "Số chức danh", "Số ghế", "Đã bố trí", "Còn trống", "Biên chế",
                "Số người đang giữ", "Biên chế chưa sử dụng", "Vị trí việc làm");
        int r = 2;
        for (VacancyReport.Unit unit : report.units()) {
            Row row = row(sheet, r++, null, unit.code(), "  ".repeat(unit.depth()) + unit.name());
            figures(row, unit.figures());
        }
        Row total = row(sheet, r, bold, "", "Tổng cộng (" + report.totals().units() + " đơn vị)");
        figures(total, report.totals().figures());
        widths(sheet, 14, 48, 12, 10, 10, 10, 10, 16, 20, 16);
    }

    private static void positions(Sheet sheet, VacancyReport report, CellStyle bold) {
        row(sheet, 0, bold, "Đơn vị", "Chức danh", "Cấp quản lý", "Số ghế", "Người đang giữ", "Còn trống");
        int r = 1;
        for (VacancyReport.Unit unit : report.units()) {
            for (VacancyReport.PositionLine p : unit.positions()) {
                Row row = row(sheet, r++, null, unit.name(), p.titleName(), p.managingBody());
                row.createCell(3).setCellValue(p.seats());
                row.createCell(4).setCellValue(p.holders().stream().map(VacancyReport.Holder::personName)
                        .map(name -> name == null ? "?" : name).collect(Collectors.joining("; ")));
                row.createCell(5).setCellValue(p.vacantSeats());
            }
        }
        widths(sheet, 40, 30, 30, 10, 48, 10);
    }

    private static void emptyPosts(Sheet sheet, VacancyReport report, CellStyle bold) {
        row(sheet, 0, bold, "Đơn vị", "Chức danh", "Số ghế", "Đang giữ", "Còn trống");
        int r = 1;
        for (VacancyReport.EmptyPost post : report.emptyPosts()) {
            Row row = row(sheet, r++, null, post.orgUnitName(), post.titleName());
            row.createCell(2).setCellValue(post.seats());
            row.createCell(3).setCellValue(post.filledSeats());
            row.createCell(4).setCellValue(post.vacantSeats());
        }
        widths(sheet, 40, 30, 10, 10, 10);
    }

    private static void figures(Row row, Figures f) {
        List<Integer> values = java.util.Arrays.asList(f.positions(), f.seats(), f.filledSeats(), f.vacantSeats(),
                f.quota(), f.peopleInPost(), f.quotaUnfilled(), f.jobPositionHeadcount());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) { // no quota: the cell stays empty rather than saying a number
                row.createCell(2 + i).setCellValue(values.get(i));
            }
        }
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... texts) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
        return row;
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
