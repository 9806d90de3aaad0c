package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PolicyCaseKind;
import vn.tochuc.cadre.domain.PolicyCaseStatus;

@Schema(name = "PolicyCaseResponse", description = "A policy case with its steps, oldest first")
public record PolicyCaseResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Thanh Tùng") String personName,
        PolicyCaseKind kind, @Schema(examples = "Điểm a khoản 1 Điều 2 Nghị định 178/2024/NĐ-CP") String legalBasis,
        LocalDate proposedDate, PolicyCaseStatus status, LocalDate statusOn, Decision decision,
        @Schema(examples = "Nghỉ hưu trước tuổi theo nguyện vọng") String note,
        List<Step> history, long version) {

    @Schema(name = "PolicyCaseStep")
    public record Step(PolicyCaseStatus from, PolicyCaseStatus to, LocalDate on, Decision decision,
            @Schema(examples = "Ban Thường vụ Tỉnh ủy đồng ý") String note,
            @Schema(examples = "tran.viet.cuong") String actor) {
    }
}
