package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;

/**
 * The import writes new persons with COPY (not Hibernate's insert) and their audit rows without a diff: what it
 * stores must be what the API stores for the same CV, column by column.
 */
@QuarkusTest
class ImportedPersonTest {

    private static final List<String> HEADER = List.of("nationalId", "surname", "middleName", "givenName", "sex",
            "dateOfBirth", "otherNames", "birthplace", "homeTown", "ethnicityCode", "religionCode",
            "generalEducation", "educationLevelCode", "politicalTheoryCode", "stateManagementCode", "itLevel",
            "currentOrgUnitId", "partyAdmittedOn", "partyCellId", "sponsor1", "sponsor2", "partyRecordNumber");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void shouldCopyEveryColumnOfThePersonAndMembershipTables() {
        assertThat(List.of(Person.COLUMNS)).as("Person.COLUMNS, the COPY of an import")
                .containsExactlyInAnyOrderElementsOf(columnsOf("person"));
        assertThat(List.of(PartyMembership.COLUMNS)).as("PartyMembership.COLUMNS, the COPY of an import")
                .containsExactlyInAnyOrderElementsOf(columnsOf("party_membership"));
    }

    @SuppressWarnings("unchecked")
    private List<String> columnsOf(String table) {
        return em.createNativeQuery("select column_name from information_schema.columns where "
                + "table_schema = current_schema() and table_name = ?1").setParameter(1, table).getResultList();
    }

    @Test
    void shouldStoreAnImportedPersonAndItsAuditAndMembershipAsTheApiStoresThem() throws Exception {
        UUID unit = OrgUnits.unit(null, "Sở Nội vụ so sánh");
        UUID cell = OrgUnits.unit(null, "Chi bộ so sánh");
        LocalDate admitted = LocalDate.now().minusYears(2);
        String imported = Persons.nationalId(false, 1986);
        String id = Imports.run(Imports.CSV, Imports.csv(HEADER, List.of(List.of(imported, "Đinh", "Thị Thu",
                "Hằng", "Nữ", "12/07/1986", "Hằng Nga", "xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc",
                "Yên Lạc, Vĩnh Phúc", "01", "00", "12/12", "THS", "CAO_CAP", "CHUYEN_VIEN_CHINH",
                "Ứng dụng CNTT cơ bản", unit.toString(), admitted.toString(), cell.toString(), "Lương Đức Minh",
                "Trần Việt Cường", "LL-so-sanh"))));
        Map<String, Object> row = Imports.rows(id, "CREATED").get(0);

        String viaApi = Persons.nationalId(false, 1986);
        // The test CV without what a file cannot carry (the repeated sections, a place's unit code).
        Map<String, Object> cv = Persons.cv("Đinh", "Thị Thu", "Hằng");
        List.of("degrees", "languages", "workHistory", "salaryHistory", "training", "awards", "familyMembers")
                .forEach(cv::remove);
        cv.putAll(Map.of("nationalId", viaApi, "otherNames", "Hằng Nga", "sex", "FEMALE", "dateOfBirth",
                "1986-07-12", "birthplace", Map.of("text", "xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc"),
                "currentOrgUnitId", unit.toString()));
        String person = Persons.create(cv);
        Map<String, Object> admission = Map.of("personId", person, "cellId", cell.toString(), "admittedOn",
                admitted.toString(), "sponsors", List.of(Map.of("fullName", "Lương Đức Minh"),
                        Map.of("fullName", "Trần Việt Cường")), "recordNumber", "LL-so-sanh");
        String membership = Members.admit(admission).statusCode(201).extract().path("id");

        assertThat(personRow(row.get("personId"))).as("the person row, but for its keys and times")
                .isEqualTo(personRow(person));
        assertThat(auditOfCreation(row.get("personId"))).as("the CREATED audit row's changes")
                .isEqualTo(auditOfCreation(person).replace(viaApi, imported));
        assertThat(membershipRow(row.get("membershipId"))).as("the membership row")
                .isEqualTo(membershipRow(membership));
        given().when().get(Persons.PATH + "/" + row.get("personId")).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    /** The stored row as JSON, without what differs between any two persons (keys, national ID, times). */
    private String personRow(Object id) {
        return (String) em.createNativeQuery("select (to_jsonb(p) - 'id' - 'national_id' - 'created_at' - "
                + "'updated_at')::text from person p where id = cast(?1 as uuid)").setParameter(1, id.toString())
                .getSingleResult();
    }

    private String auditOfCreation(Object personId) {
        return (String) em.createNativeQuery("select changes::text from person_audit where person_id = "
                + "cast(?1 as uuid) and action = 'CREATED'").setParameter(1, personId.toString()).getSingleResult();
    }

    private String membershipRow(Object id) {
        return (String) em.createNativeQuery("select (to_jsonb(m) - 'id' - 'person_id' - 'created_at' - "
                + "'updated_at')::text from party_membership m where id = cast(?1 as uuid)")
                .setParameter(1, id.toString()).getSingleResult();
    }
}
