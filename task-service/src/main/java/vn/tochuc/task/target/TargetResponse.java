package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Target")
public record TargetResponse(UUID id, UUID documentId, @Schema(examples = "CT-01") String code,
        @Schema(examples = "Kết nạp đảng viên mới") String name, @Schema(examples = "đảng viên") String unitOfMeasure,
        Direction direction, Aggregation aggregation, Integer baselineYear, BigDecimal baselineValue,
        @Schema(examples = "2020-2025") String term,
        BigDecimal termTarget, List<TargetRequest.YearTarget> yearlyTargets, UUID ownerUnitId,
        @Schema(description = "The owner before the target first passed to a successor unit (restructuring); null "
                + "when it never did") UUID originalOwnerUnitId,
        @Schema(description = "The day the present owner took the target over from a unit that ceased")
        LocalDate ownerSince,
        long version, OffsetDateTime updatedAt) {

    static TargetResponse of(Target t) {
        return new TargetResponse(t.id, t.documentId, t.code, t.name, t.unitOfMeasure, t.direction, t.aggregation,
                t.baselineYear, t.baselineValue, t.term, t.termTarget,
                t.yearlyTargets.entrySet().stream().map(e -> new TargetRequest.YearTarget(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(TargetRequest.YearTarget::year)).toList(),
                t.ownerUnitId, t.originalOwnerUnitId, t.ownerSince, t.version, t.updatedAt);
    }
}
