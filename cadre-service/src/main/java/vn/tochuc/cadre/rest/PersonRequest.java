package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.CvSections;
import vn.tochuc.cadre.domain.Sex;

/** A whole CV (sơ yếu lý lịch 2C): the body of POST and PUT. Codes are checked against the reference lists. */
@Schema(name = "PersonRequest", description = "A person's CV (sơ yếu lý lịch, mẫu 2C)")
public record PersonRequest(
        @Size(max = 20) @Schema(description = "Số CCCD / định danh cá nhân: 12 digits, consistent with sex and "
                + "year of birth", examples = "026075001234") String nationalId,
        @NotNull @Valid @Schema(description = "Họ và tên khai sinh") PersonName birthName,
        @Valid @Schema(description = "Họ và tên đang dùng, when it differs from the birth name") PersonName nameInUse,
        @Size(max = 200) @Schema(examples = "Hải Trung", description = "Tên gọi khác, as written") String otherNames,
        @NotNull @Schema(description = "Giới tính") Sex sex,
        @NotBlank @Size(max = 10) @Schema(description = "Ngày sinh: YYYY-MM-DD, or YYYY-MM or YYYY when only that "
                + "is known", examples = "1975-03-14") String dateOfBirth,
        @Schema(description = "Ngày mất") LocalDate dateOfDeath,
        @Valid @Schema(description = "Nơi sinh") Place birthplace,
        @Valid @Schema(description = "Quê quán") Place homeTown,
        @Size(max = 20) @Schema(description = "Dân tộc: code from reference-data/ethnicities", examples = "01")
        String ethnicityCode,
        @Size(max = 20) @Schema(description = "Tôn giáo: code from reference-data/religions; 00 = none",
                examples = "00") String religionCode,
        @Pattern(regexp = "([1-9]|10)/10|([1-9]|1[0-2])/12", message = "must be the grade reached over the grades of the "
                + "school system, e.g. 12/12 or 10/10")
        @Schema(description = "Giáo dục phổ thông", examples = "12/12") String generalEducation,
        @Size(max = 20) @Schema(description = "Trình độ chuyên môn: code from reference-data/education-levels",
                examples = "THS") String educationLevelCode,
        @Size(max = 20) @Schema(description = "Lý luận chính trị: code from reference-data/political-theory-levels",
                examples = "CAO_CAP") String politicalTheoryCode,
        @Size(max = 20) @Schema(description = "Quản lý nhà nước: code from reference-data/state-management-grades",
                examples = "CHUYEN_VIEN_CHINH") String stateManagementCode,
        @Size(max = 200) @Schema(description = "Tin học", examples = "Ứng dụng CNTT cơ bản") String itLevel,
        @Schema(description = "The org unit the person works in now (known from org-service's events)")
        UUID currentOrgUnitId,
        @Size(max = 20) List<CvSections.@NotNull @Valid Degree> degrees,
        @Size(max = 20) List<CvSections.@NotNull @Valid Language> languages,
        @Size(max = 100) List<CvSections.@NotNull @Valid WorkPeriod> workHistory,
        @Size(max = 100) List<CvSections.@NotNull @Valid SalaryGrade> salaryHistory,
        @Size(max = 100) List<CvSections.@NotNull @Valid Training> training,
        @Size(max = 100) List<CvSections.@NotNull @Valid Award> awards,
        @Size(max = 50) List<CvSections.@NotNull @Valid FamilyMember> familyMembers) {

    public CvSections sections() {
        return new CvSections(degrees, languages, workHistory, salaryHistory, training, awards, familyMembers);
    }

    /** The fields of {@link PersonResponse#SENSITIVE} this request gives a value, in that order. */
    public List<String> sensitiveFieldsGiven() {
        List<String> given = new ArrayList<>();
        if (nationalId != null && !nationalId.isBlank()) {
            given.add("nationalId");
        }
        if (ethnicityCode != null && !ethnicityCode.isBlank()) {
            given.add("ethnicityCode");
        }
        if (religionCode != null && !religionCode.isBlank()) {
            given.add("religionCode");
        }
        if (familyMembers != null && !familyMembers.isEmpty()) {
            given.add("familyMembers");
        }
        return given;
    }

    /** This request with the sensitive fields of {@code stored}, for a caller who was not shown them. */
    public PersonRequest withSensitiveFieldsOf(PersonRequest stored) {
        return new PersonRequest(stored.nationalId, birthName, nameInUse, otherNames, sex, dateOfBirth, dateOfDeath,
                birthplace, homeTown, stored.ethnicityCode, stored.religionCode, generalEducation, educationLevelCode,
                politicalTheoryCode, stateManagementCode, itLevel, currentOrgUnitId, degrees, languages, workHistory,
                salaryHistory, training, awards, stored.familyMembers);
    }
}
