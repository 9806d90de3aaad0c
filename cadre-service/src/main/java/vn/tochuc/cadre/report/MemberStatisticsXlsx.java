package vn.tochuc.cadre.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics as a one-sheet workbook in the layout of the Board's report forms: section, value, count. */
public final class MemberStatisticsXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MemberStatisticsXlsx() {
    }

    public static byte[] write(MemberStatistics stats) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Thống kê đảng viên");
            int[] next = {0};
            row(sheet, next, "Thống kê đảng viên đến ngày " + stats.asOf(), null);
            row(sheet, next, "Tổng số đảng viên", stats.total());
            section(sheet, next, "Độ tuổi", stats.byAgeBand());
            section(sheet, next, "Giới tính", stats.bySex());
            section(sheet, next, "Dân tộc", stats.byEthnicity());
            section(sheet, next, "Tôn giáo", stats.byReligion());
            section(sheet, next, "Trình độ chuyên môn", stats.byEducation());
            section(sheet, next, "Lý luận chính trị", stats.byPoliticalTheory());
            MemberStatistics.Movements m = stats.movements();
            row(sheet, next, "Biến động từ " + m.from() + " đến " + m.to(), null);
            row(sheet, next, "Kết nạp", m.admitted());
            row(sheet, next, "Chuyển đến", m.arrived());
            row(sheet, next, "Ra khỏi Đảng", m.left());
            row(sheet, next, "Từ trần", m.died());
            sheet.setColumnWidth(0, 40 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the statistics workbook failed", e);
        }
    }

    private static void section(Sheet sheet, int[] next, String title, List<MemberStatistics.Line> lines) {
        row(sheet, next, title, null);
        for (MemberStatistics.Line line : lines) {
            row(sheet, next, "    " + line.name(), line.count());
        }
    }

    private static void row(Sheet sheet, int[] next, String label, Long count) {
        Row row = sheet.createRow(next[0]++);
        row.createCell(0).setCellValue(label);
        if (count != null) {
            row.createCell(1).setCellValue(count);
        }
    }
}
