package vn.tochuc.cadre.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The repeated sections of the CV form, stored together as one JSON document of the person. The same records
 * validate the request, so nothing reaches the document that the API would refuse.
 */
public record CvSections(List<Degree> degrees, List<Language> languages, List<WorkPeriod> workHistory,
        List<SalaryGrade> salaryHistory, List<Training> training, List<Award> awards,
        List<FamilyMember> familyMembers) {

    /** A month written YYYY-MM, as the CV form dates its periods ("từ tháng 3/1998"). */
    public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    public static final String MONTH_MESSAGE = "must be a month written YYYY-MM, e.g. 1998-03";

    public CvSections {
        degrees = orEmpty(degrees);
        languages = orEmpty(languages);
        workHistory = orEmpty(workHistory);
        salaryHistory = orEmpty(salaryHistory);
        training = orEmpty(training);
        awards = orEmpty(awards);
        familyMembers = orEmpty(familyMembers);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @Schema(description = "Văn bằng: a degree or diploma")
    public record Degree(
            @NotBlank @Size(max = 20) @Schema(description = "Code from /api/v1/cadres/reference-data/education-levels",
                    examples = "THS") String levelCode,
            @Size(max = 200) @Schema(examples = "Quản lý kinh tế") String major,
            @Schema(examples = "Học viện Chính trị quốc gia Hồ Chí Minh") @Size(max = 300) String institution,
            @Schema(examples = "2008") @Min(1900) @Max(2100) Integer year,
            @Size(max = 100) @Schema(description = "Hình thức đào tạo", examples = "Chính quy") String form) {
    }

    @Schema(description = "Ngoại ngữ / tiếng dân tộc")
    public record Language(@NotBlank @Size(max = 100) @Schema(examples = "Tiếng Anh") String language,
            @Size(max = 100) @Schema(examples = "B1") String level) {
    }

    @Schema(description = "Quá trình công tác: one period of work")
    public record WorkPeriod(
            @NotBlank @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(examples = "1998-03") String from,
            @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(examples = "2025-06",
                    description = "Absent while ongoing") String to,
            @NotBlank @Size(max = 1000) @Schema(description = "Chức danh, chức vụ, đơn vị công tác",
                    examples = "Phó Trưởng Ban Tổ chức Tỉnh ủy Vĩnh Phúc") String description) {
    }

    @Schema(description = "Quá trình lương: a salary grade from a date")
    public record SalaryGrade(
            @NotNull LocalDate from,
            @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z.]+", message = "must be a grade code such as 01.003")
            @Schema(description = "Mã ngạch", examples = "01.002") String scaleCode,
            @NotNull @Min(1) @Max(20) @Schema(description = "Bậc") Integer step,
            @NotNull @DecimalMin("1.00") @DecimalMax("15.00") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Hệ số lương", examples = "4.98") BigDecimal coefficient) {
    }

    @Schema(description = "Đào tạo, bồi dưỡng")
    public record Training(
            @Schema(examples = "2012-09") @NotBlank @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String from,
            @Schema(examples = "2013-06") @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String to,
            @Schema(examples = "Học viện Chính trị khu vực I") @NotBlank @Size(max = 300) String institution,
            @Schema(examples = "Cao cấp lý luận chính trị") @Size(max = 300) String subject,
            @Schema(examples = "Tập trung") @Size(max = 100) String form,
            @Schema(examples = "Bằng Cao cấp lý luận chính trị") @Size(max = 200) String credential) {
    }

    @Schema(description = "Khen thưởng")
    public record Award(@Schema(examples = "2020") @NotNull @Min(1945) @Max(2100) Integer year,
            @NotBlank @Size(max = 300) @Schema(examples = "Bằng khen của Thủ tướng Chính phủ") String title,
            @Size(max = 200) @Schema(examples = "125-QĐ/TU", description = "Số quyết định") String decision) {
    }

    @Schema(description = "Quan hệ gia đình: a relative, the full name kept as written")
    public record FamilyMember(
            @NotBlank @Size(max = 50) @Schema(examples = "Bố") String relation,
            @NotBlank @Size(max = 150) @Schema(examples = "Nguyễn Văn Thành") String fullName,
            @Schema(examples = "1948") @Min(1850) @Max(2100) Integer birthYear,
            @Size(max = 2000) @Schema(examples = "Quê quán Tam Dương, Vĩnh Phúc; giáo viên; đảng viên",
                    description = "Quê quán, nghề nghiệp, chức danh, nơi ở") String details) {
    }
}
