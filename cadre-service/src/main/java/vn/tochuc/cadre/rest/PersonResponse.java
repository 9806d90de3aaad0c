package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.CvSections;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Sex;

@Schema(name = "Person", description = "A person's CV (sơ yếu lý lịch, mẫu 2C)")
public record PersonResponse(
        UUID id,
        @Schema(examples = "026075001234") String nationalId,
        PersonName birthName,
        PersonName nameInUse,
        @Schema(examples = "Nguyễn Trung Hải",
                description = "The name in use, else the birth name, written in full") String fullName,
        @Schema(examples = "Hải Trung") String otherNames,
        Sex sex,
        @Schema(examples = "1975-03-14",
                description = "YYYY-MM-DD, YYYY-MM or YYYY, as precise as declared") String dateOfBirth,
        PartialDate.Precision dateOfBirthPrecision,
        LocalDate dateOfDeath,
        Place birthplace,
        Place homeTown,
        @Schema(examples = "01") String ethnicityCode,
        @Schema(examples = "00") String religionCode,
        @Schema(examples = "12/12") String generalEducation,
        @Schema(examples = "THS") String educationLevelCode,
        @Schema(examples = "CAO_CAP") String politicalTheoryCode,
        @Schema(examples = "CHUYEN_VIEN_CAO_CAP") String stateManagementCode,
        @Schema(examples = "Ứng dụng CNTT cơ bản") String itLevel,
        UUID currentOrgUnitId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The party membership in brief; absent when the person was never admitted")
        MembershipSummary membership,
        List<CvSections.Degree> degrees,
        List<CvSections.Language> languages,
        List<CvSections.WorkPeriod> workHistory,
        List<CvSections.SalaryGrade> salaryHistory,
        List<CvSections.Training> training,
        List<CvSections.Award> awards,
        List<CvSections.FamilyMember> familyMembers,
        @Schema(description = "The version; also the ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "On create and update: possible problems, such as a possible duplicate")
        List<Warning> warnings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Fields left out because the caller's roles may not see them")
        List<String> withheld) {

    /** Sensitive in the sense of the security rules: only some roles may see them, and their reads are audited. */
    public static final List<String> SENSITIVE = List.of("nationalId", "ethnicityCode", "religionCode",
            "familyMembers");

    /** The same CV with its membership summary. */
    public PersonResponse withMembership(MembershipSummary summary) {
        return new PersonResponse(id, nationalId, birthName, nameInUse, fullName, otherNames, sex, dateOfBirth,
                dateOfBirthPrecision, dateOfDeath, birthplace, homeTown, ethnicityCode, religionCode,
                generalEducation, educationLevelCode, politicalTheoryCode, stateManagementCode, itLevel,
                currentOrgUnitId, summary, degrees, languages, workHistory, salaryHistory, training, awards,
                familyMembers, version, createdAt, updatedAt, warnings, withheld);
    }

    public PersonResponse withoutSensitiveFields() {
        return new PersonResponse(id, null, birthName, nameInUse, fullName, otherNames, sex, dateOfBirth,
                dateOfBirthPrecision, dateOfDeath, birthplace, homeTown, null, null, generalEducation,
                educationLevelCode, politicalTheoryCode, stateManagementCode, itLevel, currentOrgUnitId, membership,
                degrees, languages, workHistory, salaryHistory, training, awards, List.of(), version, createdAt, updatedAt,
                warnings, SENSITIVE);
    }
}
