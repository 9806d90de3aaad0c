package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Sex;

@Schema(name = "PersonSummary", description = "One person in a list")
public record PersonSummary(UUID id, @Schema(examples = "Nguyễn Trung Hải") String fullName, PersonName birthName,
        PersonName nameInUse, Sex sex,
        @Schema(examples = "1975-03-14")
        String dateOfBirth, PartialDate.Precision dateOfBirthPrecision, @Schema(examples = "01") String ethnicityCode,
        @Schema(examples = "CAO_CAP") String politicalTheoryCode, UUID currentOrgUnitId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The party membership in brief, in the person list; absent when the person was never "
                + "admitted (and in the sync feed)") MembershipSummary membership,
        long version) {

    /** Ethnicity is sensitive: roles that may not see it get it blank. */
    public PersonSummary withoutSensitiveFields() {
        return new PersonSummary(id, fullName, birthName, nameInUse, sex, dateOfBirth, dateOfBirthPrecision, null,
                politicalTheoryCode, currentOrgUnitId, membership, version);
    }

    /** The same item with its membership summary. */
    public PersonSummary withMembership(MembershipSummary summary) {
        return new PersonSummary(id, fullName, birthName, nameInUse, sex, dateOfBirth, dateOfBirthPrecision,
                ethnicityCode, politicalTheoryCode, currentOrgUnitId, summary, version);
    }
}
