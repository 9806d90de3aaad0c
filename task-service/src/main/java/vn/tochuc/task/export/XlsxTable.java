package vn.tochuc.task.export;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tochuc.platform.web.Representations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One report as a spreadsheet the Board can open: a title row, a header row in Vietnamese, then one row per line of
 * the report. Every XLSX answer of task-service goes through here, so they look alike.
 */
public final class XlsxTable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.valueOf(MEDIA_TYPE);

    private XlsxTable() {
    }

    /**
     * @param cells each row's values: text, numbers (Number) and dates (LocalDate) keep their types; null is empty
     */
    public static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> cells) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < cells.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = cells.get(r);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c), date);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a report request wants the spreadsheet: {@code format=xlsx|json} wins, else the first type of Accept
     * that a report can give (JSON when none is named).
     */
    public static boolean wanted(String format, HttpHeaders headers) {
        return Representations.wantsXlsx(format, headers, XLSX);
    }

    /** The spreadsheet as a download named {@code fileName} (without extension). */
    public static Response download(String fileName, byte[] xlsx) {
        return Response.ok(xlsx, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
