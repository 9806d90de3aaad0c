package vn.tochuc.cadre.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Party-member statistics (thống kê đảng viên) for a subtree as of a date, and movements in a period. */
@Schema(name = "PartyMemberStatistics")
public record MemberStatistics(
        @Schema(description = "The unit whose subtree is counted; absent for every unit") UUID orgUnitId,
        @Schema(examples = "Thành ủy Vĩnh Yên",
                description = "The unit's name as this service knows it; absent for every unit") String orgUnitName,
        LocalDate asOf,
        @Schema(description = "Members on asOf (probationary and full)") long total,
        @Schema(description = "Đảng viên chính thức: full members on asOf") long full,
        @Schema(description = "Đảng viên dự bị: probationary members on asOf") long probationary,
        List<Line> byAgeBand,
        List<Line> bySex,
        List<Line> byEthnicity,
        List<Line> byReligion,
        List<Line> byEducation,
        List<Line> byPoliticalTheory,
        Movements movements,
        @Schema(description = "Set when the caller may not see ethnicity and religion: byEthnicity and byReligion "
                + "then count in steps of this number (rounded down), without the full/probationary split, and "
                + "leave out values with fewer members, so that no count, nor the difference of two counts on "
                + "different dates, pins down one person. Absent: exact counts.") Integer sensitiveCountsRoundedTo) {

    /**
     * One value of a dimension; {@code code} null means "not declared". {@code full} and {@code probationary} add
     * up to {@code count}; they are absent on rounded lines.
     */
    @Schema(name = "StatisticsLine")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String code, String name, long count,
            @Schema(description = "Chính thức: full members") Long full,
            @Schema(description = "Dự bị: probationary members") Long probationary) {
    }

    /** Biến động đảng viên between {@code from} and {@code to}, both days included. */
    @Schema(name = "MemberMovements")
    public record Movements(LocalDate from, LocalDate to,
            @Schema(description = "Kết nạp: admitted into a cell of the subtree") long admitted,
            @Schema(description = "Chuyển đến: transferred into a cell of the subtree") long arrived,
            @Schema(description = "Ra khỏi Đảng: expelled, struck off or allowed to leave") long left,
            @Schema(description = "Từ trần") long died) {
    }
}
