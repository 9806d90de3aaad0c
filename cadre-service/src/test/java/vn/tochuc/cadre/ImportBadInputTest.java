package vn.tochuc.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A file that cannot be imported is refused whole with a 4xx problem, and no job or row is written. */
@QuarkusTest
class ImportBadInputTest {

    @Inject
    EntityManager em;

    private static final byte[] HEADER = "nationalId,surname,givenName,sex,dateOfBirth\r\n"
            .getBytes(StandardCharsets.UTF_8);

    private long jobsBefore;

    @BeforeEach
    void countJobs() {
        jobsBefore = jobs();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(jobs()).as("import jobs after a refused file").isEqualTo(jobsBefore);
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        Imports.post(Imports.CSV, new byte[0]).statusCode(400).contentType(containsString("problem+json"))
                .body("type", containsString("empty-file"));
    }

    @Test
    void shouldRefuseAHeaderWithoutRows() {
        Imports.post(Imports.CSV, "nationalId,surname,givenName,sex,dateOfBirth\r\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("detail", containsString("no data rows"));
    }

    @Test
    void shouldRefuseAContentTypeThatIsNeitherCsvNorXlsx() {
        Imports.post("application/json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode(415)
                .body("detail", containsString("text/csv"));
    }

    @Test
    void shouldListEveryUnknownAndMissingColumn() {
        Imports.post(Imports.CSV, "nationalId,hoTen,surname,email\r\n1,2,3,4\r\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("type", containsString("unknown-columns"))
                .body("errors.field", hasItems("header[2]", "header[4]", "givenName", "sex", "dateOfBirth"))
                .body("errors.message", hasItems("'hoTen' is not a known column", "'email' is not a known column"));
    }

    @Test
    void shouldRefuseACsvInTcvn3BytesNamingTheEncoding() {
        // "Nguyễn Văn Hùng" typed with a .VnTime font: the bytes of TCVN3, not UTF-8.
        byte[] tcvn3 = ("nationalId,surname,middleName,givenName,sex,dateOfBirth\r\n026075000001,Nguy\u00d4n,V\u00a8n,"
                + "H\u00efng,MALE,1975\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Imports.post(Imports.CSV, tcvn3).statusCode(415).body("detail", containsString("looks TCVN3"))
                .body("detail", containsString("convert the file to Unicode"));
    }

    @Test
    void shouldRefuseACsvDeclaredInAnotherCharset() {
        Imports.post("text/csv; charset=windows-1258", "a\r\n".getBytes(StandardCharsets.UTF_8)).statusCode(415)
                .body("detail", containsString("only UTF-8"));
    }

    @Test
    void shouldRefuseAMalformedXlsx() {
        Imports.post(Imports.XLSX, "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1))
                .statusCode(400).body("type", containsString("malformed-file"));
    }

    @Test
    void shouldRefuseAFileOverSixteenMegabytes() {
        Imports.post(Imports.CSV, new byte[17 * 1024 * 1024]).statusCode(413);
    }

    @Test
    void shouldRefuseAnUnclosedQuote() {
        Imports.post(Imports.CSV, "nationalId,surname,givenName,sex,dateOfBirth\r\n\"0260,a,b,MALE,1975\r\n"
                .getBytes(StandardCharsets.UTF_8)).statusCode(400).body("type", containsString("malformed-file"));
    }

    @Test
    void shouldRefuseACsvOfTwoMillionEmptyLinesAtTheRowLimitWithoutReadingItAll() {
        byte[] lines = new byte[HEADER.length + 2_000_000];
        System.arraycopy(HEADER, 0, lines, 0, HEADER.length);
        java.util.Arrays.fill(lines, HEADER.length, lines.length, (byte) '\n');

        Imports.post(Imports.CSV, lines).statusCode(413).contentType(containsString("problem+json"))
                .body("type", containsString("too-many-rows"))
                .body("detail", containsString("past row 100,001"));
    }

    @Test
    void shouldRefuseACsvRowReachingPastTheColumnLimit() {
        byte[] wide = (new String(HEADER, StandardCharsets.UTF_8) + "026075000001," + ",".repeat(1_000_000))
                .getBytes(StandardCharsets.UTF_8);

        Imports.post(Imports.CSV, wide).statusCode(413).body("type", containsString("too-many-columns"))
                .body("detail", containsString("Row 2 reaches column BM"))
                .body("detail", containsString("at most 64 columns"));
    }

    @Test
    void shouldRefuseACellLongerThanAnyColumnTakes() {
        byte[] longCell = (new String(HEADER, StandardCharsets.UTF_8) + "026075000001," + "a".repeat(100_000)
                + ",An,MALE,1975\r\n").getBytes(StandardCharsets.UTF_8);

        Imports.post(Imports.CSV, longCell).statusCode(413).body("type", containsString("cell-too-long"))
                .body("detail", containsString("Row 2, column B holds more than 1,000 characters"));
    }

    @Test
    void shouldKeepTheOneMegabyteLimitOfJsonRequests() {
        io.restassured.RestAssured.given().contentType("application/json").body("{\"x\":\"" + "a".repeat(1_100_000)
                + "\"}").when().post(Persons.PATH).then().statusCode(413).body("status", equalTo(413));
    }

    private long jobs() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from import_job").getSingleResult()).longValue());
    }
}
