package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated demo members: the same people every time, with CVs cadre-service accepts. */
class MemberGeneratorTest {

    private final JsonNode spec = Resources.json(DemoMembers.RESOURCE);
    private final List<MemberGenerator.Member> members = new MemberGenerator(spec).members();

    @Test
    void shouldMakeTheSamePeopleOnEveryLoadSoASecondLoadFindsThemByNationalId() {
        List<String> again = new MemberGenerator(spec).members().stream().map(m -> m.cv().toString()).toList();

        assertThat(members.stream().map(m -> m.cv().toString()).toList()).isEqualTo(again);
        assertThat(nationalIds()).hasSize(DemoMembers.count()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void shouldGiveEachANationalIdThatAgreesWithSexAndYearOfBirth() {
        for (MemberGenerator.Member m : members) {
            String id = m.cv().path("nationalId").asText();
            int year = LocalDate.parse(m.cv().path("dateOfBirth").asText()).getYear();
            boolean female = "FEMALE".equals(m.cv().path("sex").asText());
            assertThat(id).as(m.cv().toString()).matches("0[0-9]{11}");
            assertThat(id.charAt(3) - '0').as(id).isEqualTo((year / 100 - 19) * 2 + (female ? 1 : 0));
            assertThat(id.substring(4, 6)).as(id).isEqualTo(String.format("%02d", year % 100));
        }
    }

    @Test
    void shouldBeAdultsOf22To70AdmittedAt18OrLaterBeforeTheRestructuring() {
        for (MemberGenerator.Member m : members) {
            LocalDate born = LocalDate.parse(m.cv().path("dateOfBirth").asText());
            LocalDate admitted = LocalDate.parse(m.admission().path("admittedOn").asText());
            assertThat(2026 - born.getYear()).as(born.toString()).isBetween(22, 70);
            assertThat(admitted).as(m.cv().toString()).isAfterOrEqualTo(born.plusYears(18))
                    .isBefore(LocalDate.of(2025, 7, 1));
        }
    }

    @Test
    void shouldMixSexesEthnicGroupsReligionsAndCellsWithNamePartsKeptApart() {
        assertThat(values("sex")).containsExactlyInAnyOrder("MALE", "FEMALE");
        assertThat(values("ethnicityCode")).contains("01", "17").hasSizeGreaterThan(2);
        assertThat(values("religionCode")).contains("00").hasSizeGreaterThan(1);
        assertThat(members.stream().map(MemberGenerator.Member::cellCode).collect(Collectors.toSet()))
                .hasSize(spec.path("cellCodes").size());
        assertThat(members).allSatisfy(m -> {
            assertThat(m.cv().path("birthName").path("surname").asText()).isNotBlank().doesNotContain(" ");
            assertThat(m.cv().path("birthName").path("givenName").asText()).isNotBlank().doesNotContain(" ");
        });
        assertThat(members.stream().map(m -> m.cv().path("birthName").path("givenName").asText()).distinct().count())
                .isGreaterThan(30);
    }

    private Set<String> nationalIds() {
        return members.stream().map(m -> m.cv().path("nationalId").asText()).collect(Collectors.toSet());
    }

    private Set<String> values(String field) {
        return members.stream().map(m -> m.cv().path(field).asText()).collect(Collectors.toSet());
    }
}
