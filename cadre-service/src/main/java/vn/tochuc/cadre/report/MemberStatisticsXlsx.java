package vn.tochuc.cadre.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.platform.text.VietnameseText;

/**
 * The statistics as a one-sheet workbook in the layout of the Board's report forms: a title naming the unit and the
 * day, then section, value, total, full members (chính thức), probationary members (dự bị). Dates are written
 * dd/mm/yyyy, as the Board's documents write them.
 */
public final class MemberStatisticsXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The heading over the counts. */
    static final String[] COLUMNS = {"Chỉ tiêu", "Tổng số", "Chính thức", "Dự bị"};

    private MemberStatisticsXlsx() {
    }

    /** The title line: which unit and which day, e.g. "Thống kê đảng viên Đảng bộ xã Hợp Thịnh đến ngày 30/06/2026". */
    static String title(MemberStatistics stats) {
        return "Thống kê đảng viên " + (stats.orgUnitName() == null ? "toàn bộ các đơn vị" : stats.orgUnitName())
                + " đến ngày " + VietnameseText.date(stats.asOf());
    }

    public static byte[] write(MemberStatistics stats) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Thống kê đảng viên");
            int[] next = {0};
            sheet.createRow(next[0]++).createCell(0).setCellValue(title(stats));
            Row heading = sheet.createRow(next[0]++);
            for (int i = 0; i < COLUMNS.length; i++) {
                heading.createCell(i).setCellValue(COLUMNS[i]);
            }
            row(sheet, next, "Tổng số đảng viên", stats.total(), stats.full(), stats.probationary());
            section(sheet, next, "Độ tuổi", stats.byAgeBand());
            section(sheet, next, "Giới tính", stats.bySex());
            section(sheet, next, "Dân tộc", stats.byEthnicity());
            section(sheet, next, "Tôn giáo", stats.byReligion());
            section(sheet, next, "Trình độ chuyên môn", stats.byEducation());
            section(sheet, next, "Lý luận chính trị", stats.byPoliticalTheory());
            MemberStatistics.Movements m = stats.movements();
            row(sheet, next, "Biến động từ ngày " + VietnameseText.date(m.from()) + " đến ngày "
                    + VietnameseText.date(m.to()), null, null, null);
            row(sheet, next, "Kết nạp", m.admitted(), null, null);
            row(sheet, next, "Chuyển đến", m.arrived(), null, null);
            row(sheet, next, "Ra khỏi Đảng", m.left(), null, null);
            row(sheet, next, "Từ trần", m.died(), null, null);
            if (stats.sensitiveCountsRoundedTo() != null) {
                row(sheet, next, "Dân tộc và tôn giáo: số làm tròn xuống theo bội số của "
                        + stats.sensitiveCountsRoundedTo() + ", bỏ các nhóm ít hơn", null, null, null);
            }
            sheet.setColumnWidth(0, 48 * 256);
            for (int i = 1; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, 12 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the statistics workbook failed", e);
        }
    }

    private static void section(Sheet sheet, int[] next, String title, List<MemberStatistics.Line> lines) {
        row(sheet, next, title, null, null, null);
        for (MemberStatistics.Line line : lines) {
            row(sheet, next, "    " + line.name(), line.count(), line.full(), line.probationary());
        }
    }

    private static void row(Sheet sheet, int[] next, String label, Long count, Long full, Long probationary) {
        Row row = sheet.createRow(next[0]++);
        row.createCell(0).setCellValue(label);
        Long[] values = {count, full, probationary};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i + 1).setCellValue(values[i]);
            }
        }
    }
}
