package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An Excel workbook is read from its first sheet, dates typed as Excel dates included. */
@QuarkusTest
class ImportXlsxTest {

    @Test
    void shouldImportAWorkbookWithExcelDatesAndRejectItsTcvn3Row() throws IOException {
        String nationalId = Persons.nationalId(false, 1982);
        byte[] book = workbook(List.of("nationalId", "surname", "middleName", "givenName", "sex", "dateOfBirth"),
                List.of(new Object[] {nationalId, "Ninh", "Thị", "Ngọc Ánh", "Nữ", LocalDate.of(1982, 9, 2)},
                        new Object[] {Persons.nationalId(true, 1960), "Hoµng", "V¨n", "Th¸i", "Nam", "1960"}));

        String id = Imports.run(Imports.XLSX, book);

        assertThat(Imports.job(id)).containsEntry("format", "XLSX").containsEntry("created", 1)
                .containsEntry("rejected", 1);
        Map<String, Object> created = Imports.rows(id, "CREATED").get(0);
        given().when().get(Persons.PATH + "/" + created.get("personId")).then().statusCode(200)
                .body("dateOfBirth", equalTo("1982-09-02")).body("nationalId", equalTo(nationalId))
                .body("fullName", equalTo("Ninh Thị Ngọc Ánh")).body("sex", equalTo("FEMALE"));
        Map<String, Object> rejected = Imports.rows(id, "REJECTED").get(0);
        assertThat(rejected).containsEntry("rowNumber", 3);
        assertThat(ImportTest.problems(rejected)).containsOnlyKeys("surname", "middleName", "givenName");
    }

    @Test
    void shouldRefuseASheetReachingColumnXfdNamingTheColumnLimit() throws IOException {
        byte[] book;
        try (XSSFWorkbook wide = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wide.createSheet();
            List<String> header = List.of("nationalId", "surname", "givenName", "sex", "dateOfBirth");
            for (int c = 0; c < header.size(); c++) {
                sheet.createRow(0).createCell(c).setCellValue(header.get(c));
            }
            sheet.createRow(1).createCell(16_383).setCellValue("x");
            wide.write(out);
            book = out.toByteArray();
        }

        Imports.post(Imports.XLSX, book).statusCode(413).body("type", containsString("too-many-columns"))
                .body("detail", containsString("column XFD (column 16,384)"))
                .body("detail", containsString("at most 64 columns (A to BL)"));
    }

    private static byte[] workbook(List<String> header, List<Object[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đảng viên");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object value = rows.get(r)[c];
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
