package vn.tochuc.task.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitEvaluation", description = "Input for the yearly quality rating of party organizations")
public record UnitEvaluationResponse(UUID orgUnitId, @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String orgUnitName,
        @Schema(examples = "2024") String period, LocalDate periodStart,
        LocalDate periodEnd, LocalDate asOf,
        @Schema(description = "The thresholds the suggested bands were judged on (configuration)")
        Thresholds thresholds,
        @Schema(description = "The unit with its whole subtree") Line evaluation,
        @Schema(description = "With breakdown=children: each unit directly below, with its subtree; else empty")
        List<Line> children) {

    @Schema(name = "UnitEvaluationLine")
    public record Line(UUID unitId, @Schema(examples = "Huyện ủy Tam Dương") String unitName, Tasks tasks,
            Targets targets, Reports reports,
            @Schema(description = "Suggested band; null when no task counts and no target applies")
            RatingBand suggestedRating,
            @Schema(examples = "12/12 nhiệm vụ hoàn thành đúng hạn",
                    description = "Which thresholds held or failed") String ratingBasis) {

        static Line of(UnitEvaluations.Line l) {
            UnitEvaluations.TaskCounts t = l.tasks();
            return new Line(l.unitId(), l.unitName(),
                    new Tasks(t.counted(), t.completedOnTime(), t.completedLate(), t.inProgressWithinDeadline(),
                            t.overdue(), t.share(t.completedOnTime()), t.share(t.completedLate()),
                            t.share(t.inProgressWithinDeadline()), t.share(t.overdue())),
                    new Targets(l.targets().targets(), l.targets().withData(), l.targets().metOrExceeded(),
                            l.targets().notMet(), l.targetsMetShare()),
                    new Reports(l.reports().onTime(), l.reports().late(), l.reports().missing(),
                            l.reports().notYetDue(), l.reportsOnTimeShare()),
                    l.suggestedRating(), l.ratingBasis());
        }
    }

    @Schema(name = "UnitEvaluationTasks", description = "Tasks led in the subtree, due or accepted in the period; "
            + "shares of the counted ones, 4 decimal places, null when none counts")
    public record Tasks(long counted, long completedOnTime, long completedLate, long inProgressWithinDeadline,
            long overdue, BigDecimal onTimeShare, BigDecimal lateShare, BigDecimal withinDeadlineShare,
            BigDecimal overdueShare) {
    }

    @Schema(name = "UnitEvaluationTargets", description = "Targets applying to the unit (its own and its "
            + "superiors'), judged on its figure; metShare is null when none applies")
    public record Targets(int applying, int withData, int metOrExceeded, int notMet, BigDecimal metShare) {
    }

    @Schema(name = "UnitEvaluationReports", description = "Periodic report obligations of the subtree for the "
            + "period; onTimeShare of those already due, null when none is")
    public record Reports(long onTime, long late, long missing, long notYetDue, BigDecimal onTimeShare) {
    }

    @Schema(name = "UnitEvaluationThresholds")
    public record Thresholds(Band excellent, Band good, Band completed) {

        static Thresholds of(EvaluationThresholds t) {
            return new Thresholds(Band.of(t.excellent()), Band.of(t.good()), Band.of(t.completed()));
        }
    }

    @Schema(name = "UnitEvaluationBand")
    public record Band(BigDecimal onTimeShare, BigDecimal targetsMetShare,
            @Schema(description = "Most tasks still overdue; null: no limit") Integer maxOverdue) {

        static Band of(EvaluationThresholds.Band b) {
            return new Band(b.onTimeShare(), b.targetsMetShare(), b.maxOverdue().orElse(null));
        }
    }

    static UnitEvaluationResponse of(UnitEvaluations.Evaluation e, EvaluationThresholds thresholds) {
        return new UnitEvaluationResponse(e.orgUnitId(), e.orgUnitName(), e.period().code(), e.period().start(),
                e.period().end(), e.asOf(), Thresholds.of(thresholds), Line.of(e.unit()),
                e.children().stream().map(Line::of).toList());
    }
}
