package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Finding an import again, the template to fill in, and the Board's own Vietnamese column headers. */
@QuarkusTest
class ImportFindingTest {

    @Test
    void shouldListImportsNewestFirstSoALostJobIdCanBeFoundAgain() {
        byte[] file = Imports.csv(ImportTest.HEADER.subList(0, 6), List.of(
                List.of(Persons.nationalId(true, 1981), "Hoàng", "Văn", "Thụ", "MALE", "1981-02-03")));
        String older = Imports.run(Imports.CSV, file);
        String newer = Imports.run(Imports.CSV, file);

        List<String> ids = given().queryParam("status", "SUCCEEDED").queryParam("limit", 200).when()
                .get(Imports.PATH).then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).contains(older, newer);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
        given().queryParam("status", "DONE").when().get(Imports.PATH).then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void shouldServeACsvTemplateWhoseHeaderTheImportAccepts() {
        byte[] template = given().accept("text/csv").when().get(Imports.PATH + "/template").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
        String header = new String(template, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        assertThat(header).startsWith("nationalId,surname,givenName,sex,dateOfBirth,");

        String filled = new String(template, StandardCharsets.UTF_8).strip() + "\r\n" + Persons.nationalId(false, 1992) + ",Lò,Hương,FEMALE,1992-08-08"
                + ",".repeat(header.split(",").length - 5) + "\r\n";
        String id = Imports.run(Imports.CSV, filled.getBytes(StandardCharsets.UTF_8));
        assertThat(Imports.job(id)).containsEntry("created", 1).containsEntry("rejected", 0);
    }

    @Test
    void shouldServeAnXlsxTemplateWithAGuideSheetInVietnamese() throws Exception {
        byte[] template = given().accept(Imports.XLSX).when().get(Imports.PATH + "/template").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("nationalId");
            assertThat(book.getSheet("Hướng dẫn")).isNotNull();
            Row nationalId = book.getSheet("Hướng dẫn").getRow(1);
            assertThat(nationalId.getCell(1).getStringCellValue()).isEqualTo("Số CCCD");
            assertThat(nationalId.getCell(2).getStringCellValue()).isEqualTo("Có");
        }
    }

    @Test
    void shouldAcceptTheBoardsVietnameseHeadersAWholeNameAndDayMonthYearDates() {
        String nationalId = Persons.nationalId(true, 1968);
        byte[] file = Imports.csv(List.of("Số CCCD", "Họ và tên", "Giới tính", "Ngày sinh", "Quê quán"), List.of(
                List.of(nationalId, "Nguyễn Thanh Tùng", "Nam", "09/04/1968", "Tam Dương, Vĩnh Phúc")));
        String id = Imports.run(Imports.CSV, file);

        Map<String, Object> row = Imports.rows(id, "CREATED").get(0);
        given().when().get(Persons.PATH + "/" + row.get("personId")).then().statusCode(200)
                .body("birthName.surname", equalTo("Nguyễn")).body("birthName.middleName", equalTo("Thanh"))
                .body("birthName.givenName", equalTo("Tùng")).body("sex", equalTo("MALE"))
                .body("dateOfBirth", equalTo("1968-04-09")).body("homeTown.text", equalTo("Tam Dương, Vĩnh Phúc"));
    }

    @Test
    void shouldRefuseAWholeNameBesideTheNameInParts() {
        byte[] file = Imports.csv(List.of("nationalId", "Họ và tên", "surname", "givenName", "sex", "dateOfBirth"),
                List.of(List.of(Persons.nationalId(true, 1970), "Lê Văn Tám", "Lê", "Tám", "MALE", "1970")));
        Imports.post(Imports.CSV, file).statusCode(400).body("errors.field", hasItem("fullName"));
    }
}
