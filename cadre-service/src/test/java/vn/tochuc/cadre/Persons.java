package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test CVs and calls of the person API. */
final class Persons {

    static final String PATH = "/api/v1/persons";
    /** Serial numbers from a random start: unique within a run, unlikely to repeat a leftover of another. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));

    private Persons() {
    }

    /** A unique national ID consistent with the sex and year of birth, registered in Vĩnh Phúc (026). */
    static String nationalId(boolean male, int year) {
        int centuryAndSex = (year / 100 - 19) * 2 + (male ? 0 : 1);
        return "026" + centuryAndSex + String.format("%02d", year % 100)
                + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    /** A complete, valid CV of a man born on 14 March 1975. */
    static Map<String, Object> cv(String surname, String middle, String given) {
        Map<String, Object> cv = new HashMap<>();
        cv.put("nationalId", nationalId(true, 1975));
        cv.put("birthName", name(surname, middle, given));
        cv.put("sex", "MALE");
        cv.put("dateOfBirth", "1975-03-14");
        cv.put("birthplace", Map.of("text", "xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc", "adminUnitCode", "26"));
        cv.put("homeTown", Map.of("text", "Yên Lạc, Vĩnh Phúc"));
        cv.put("ethnicityCode", "01");
        cv.put("religionCode", "00");
        cv.put("generalEducation", "12/12");
        cv.put("educationLevelCode", "THS");
        cv.put("politicalTheoryCode", "CAO_CAP");
        cv.put("stateManagementCode", "CHUYEN_VIEN_CHINH");
        cv.put("itLevel", "Ứng dụng CNTT cơ bản");
        cv.put("degrees", List.of(Map.of("levelCode", "THS", "major", "Quản lý kinh tế", "year", 2005)));
        cv.put("languages", List.of(Map.of("language", "Tiếng Anh", "level", "B1")));
        cv.put("workHistory", List.of(
                Map.of("from", "1998-03", "to", "2010-12", "description", "Chuyên viên Ban Tổ chức Tỉnh ủy"),
                Map.of("from", "2011-01", "description", "Phó Trưởng Ban Tổ chức Tỉnh ủy Vĩnh Phúc")));
        cv.put("salaryHistory", List.of(Map.of("from", "2020-01-01", "scaleCode", "01.002", "step", 3,
                "coefficient", 5.08)));
        cv.put("training", List.of(Map.of("from", "2015-09", "to", "2016-06",
                "institution", "Học viện Chính trị quốc gia Hồ Chí Minh", "credential", "Cao cấp lý luận chính trị")));
        cv.put("awards", List.of(Map.of("year", 2020, "title", "Bằng khen của Ban Thường vụ Tỉnh ủy")));
        cv.put("familyMembers", List.of(Map.of("relation", "Bố", "fullName", "Nguyễn Văn Thành", "birthYear", 1948,
                "details", "Nông dân, xã Tam Hồng")));
        return cv;
    }

    static Map<String, Object> name(String surname, String middle, String given) {
        Map<String, Object> name = new HashMap<>();
        name.put("surname", surname);
        name.put("middleName", middle);
        name.put("givenName", given);
        return name;
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH).then();
    }

    static String create(Map<String, Object> cv) {
        return post(cv).statusCode(201).extract().path("id");
    }
}
