package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement")
public record MeasurementResponse(UUID id, UUID targetId, UUID unitId, @Schema(examples = "2024") String period,
        BigDecimal value,
        BigDecimal numerator, BigDecimal denominator, @Schema(examples = "Báo cáo số 215-BC/HU") String evidence,
        @Schema(examples = "docstore://bao-cao/2024/huyen-uy-tam-duong.pdf") String evidenceRef,
        @Schema(examples = "tran.viet.cuong") String recordedBy,
        OffsetDateTime recordedAt, @Schema(examples = "tran.viet.cuong") String verifiedBy, LocalDate verifiedOn,
        int revision,
        @Schema(description = "Earlier figures replaced by corrections, oldest first; only on a single read")
        List<Replaced> replaced, long version) {

    @Schema(name = "ReplacedMeasurement")
    public record Replaced(int revision, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            @Schema(examples = "Báo cáo số 215-BC/HU")
            String evidence, @Schema(examples = "docstore://bao-cao/2024/huyen-uy-tam-duong.pdf") String evidenceRef,
            @Schema(examples = "tran.viet.cuong") String recordedBy, OffsetDateTime recordedAt,
            @Schema(examples = "tran.viet.cuong") String verifiedBy,
            LocalDate verifiedOn, @Schema(examples = "tran.viet.cuong") String replacedBy, OffsetDateTime replacedAt,
            @Schema(examples = "Số liệu quý IV bổ sung") String reason) {

        static Replaced of(MeasurementRevision r) {
            return new Replaced(r.revision, r.value, r.numerator, r.denominator, r.evidence, r.evidenceRef,
                    r.recordedBy, r.recordedAt, r.verifiedBy, r.verifiedOn, r.replacedBy, r.replacedAt, r.reason);
        }
    }

    static MeasurementResponse of(TargetMeasurement m) {
        return of(m, null);
    }

    static MeasurementResponse of(TargetMeasurement m, List<MeasurementRevision> revisions) {
        return new MeasurementResponse(m.id, m.targetId, m.unitId, m.period, m.value, m.numerator, m.denominator,
                m.evidence, m.evidenceRef, m.recordedBy, m.recordedAt, m.verifiedBy, m.verifiedOn, m.revision,
                revisions == null ? null : revisions.stream().map(Replaced::of).toList(), m.version);
    }
}
