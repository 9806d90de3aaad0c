package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The target table (bảng chỉ tiêu) of a unit for a period: per target, a row for the chosen unit (its own figure,
 * else the combination of its units) followed by a row for each unit directly below it.
 */
@Schema(name = "TargetTable")
public record TargetTable(UUID orgUnitId, @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String orgUnitName,
        @Schema(examples = "2024") String period, LocalDate asOf, List<Row> rows) {

    @Schema(name = "TargetTableRow")
    public record Row(UUID targetId, @Schema(examples = "CT-01") String targetCode,
            @Schema(examples = "Kết nạp đảng viên mới") String targetName,
            @Schema(examples = "đảng viên") String unitOfMeasure,
            Direction direction, Aggregation aggregation, UUID unitId,
            @Schema(examples = "Huyện ủy Tam Dương") String unitName,
            @Schema(description = "True for the chosen unit's row, false for a unit directly below it")
            boolean chosenUnit,
            Integer baselineYear, BigDecimal baselineValue,
            @Schema(description = "The target the period is judged on (yearly, else the term's)") BigDecimal target,
            BigDecimal actual, BigDecimal numerator, BigDecimal denominator,
            @Schema(description = "actual as a percentage of target") BigDecimal percentOfTarget,
            TargetStatus status,
            @Schema(description = "OWN (entered by the unit), COMBINED (from the units below) or NONE")
            UnitFigure.Source source,
            @Schema(description = "How many entered figures the actual combines") long unitsCounted) {

        static Row of(Target t, String unitName, boolean chosen, UnitTargetStatus s) {
            return new Row(t.id, t.code, t.name, t.unitOfMeasure, t.direction, t.aggregation, s.unitId(), unitName,
                    chosen, t.baselineYear, t.baselineValue, s.target(), s.figure().value(), s.figure().numerator(),
                    s.figure().denominator(), s.percentOfTarget(), s.status(), s.figure().source(),
                    s.figure().unitsCounted());
        }
    }
}
