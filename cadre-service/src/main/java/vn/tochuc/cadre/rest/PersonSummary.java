package vn.tochuc.cadre.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Sex;

@Schema(name = "PersonSummary", description = "One person in a list")
public record PersonSummary(UUID id, String fullName, PersonName birthName, PersonName nameInUse, Sex sex,
        String dateOfBirth, PartialDate.Precision dateOfBirthPrecision, String ethnicityCode,
        String politicalTheoryCode, UUID currentOrgUnitId, long version) {

    /** Ethnicity is sensitive: roles that may not see it get it blank. */
    public PersonSummary withoutSensitiveFields() {
        return new PersonSummary(id, fullName, birthName, nameInUse, sex, dateOfBirth, dateOfBirthPrecision, null,
                politicalTheoryCode, currentOrgUnitId, version);
    }
}
