package vn.tochuc.org.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

/** Seats and staffing quota against the people in post, for a unit and everything below it, as of a date. */
@Schema(name = "VacancyReport", description = "Báo cáo vị trí còn trống: seats and quota against people in post")
public record VacancyReport(UUID orgUnitId, LocalDate asOf,
        @Schema(description = "The quota year: the year of asOf") int year,
        @Schema(description = "The subtree, depth first, each unit with its positions and quotas") List<Unit> units,
        Totals totals,
        @Schema(description = "Every position with at least one seat nobody holds") List<EmptyPost> emptyPosts) {

    @Schema(name = "VacancyReportUnit")
    public record Unit(UUID orgUnitId, @Schema(examples = "HU-TD") String code,
            @Schema(examples = "Huyện ủy Tam Dương") String name, int depth, List<PositionLine> positions,
            List<QuotaLine> quotas, Figures figures) {
    }

    @Schema(name = "VacancyReportPosition")
    public record PositionLine(UUID positionId, @Schema(examples = "SECRETARY") String titleCode,
            @Schema(examples = "Bí thư") String titleName,
            @Schema(examples = "Ban Thường vụ Tỉnh ủy") String managingBody, int seats,
            List<Holder> holders, @Schema(description = "Seats nobody holds; never negative") int vacantSeats) {
    }

    @Schema(name = "VacancyReportHolder")
    public record Holder(UUID personId, @Schema(examples = "Nguyễn Thanh Tùng") String personName, UUID appointmentId,
            @Schema(examples = "ELECTED") String kind, LocalDate since) {
    }

    @Schema(name = "VacancyReportQuota")
    public record QuotaLine(UUID quotaId, @Schema(examples = "CIVIL_SERVANT") String category, int count,
            Decision decision) {
    }

    /** The numbers of one unit, or of the whole subtree. */
    @Schema(name = "VacancyReportFigures")
    public record Figures(
            int positions,
            int seats,
            @Schema(description = "Seats held, at most the seats of each position") int filledSeats,
            int vacantSeats,
            @Schema(description = "Sum of the staffing quotas in effect for the year, all categories") int quota,
            @Schema(description = "Distinct people holding a seat") int peopleInPost,
            @Schema(description = "quota - peopleInPost, negative when over quota; null when no staffing quota is "
                    + "in effect (nothing to fill)") Integer quotaUnfilled,
            @Schema(description = "Headcount of the job positions in effect") int jobPositionHeadcount) {
    }

    @Schema(name = "VacancyReportTotals")
    public record Totals(int units, Figures figures) {
    }

    @Schema(name = "VacancyReportEmptyPost")
    public record EmptyPost(UUID orgUnitId, @Schema(examples = "Huyện ủy Tam Dương") String orgUnitName,
            UUID positionId, @Schema(examples = "DEPUTY_SECRETARY") String titleCode,
            @Schema(examples = "Phó Bí thư") String titleName,
            int seats, @Schema(description = "Seats held") int filledSeats, int vacantSeats) {
    }
}
