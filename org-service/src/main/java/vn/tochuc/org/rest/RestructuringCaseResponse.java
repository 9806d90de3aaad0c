package vn.tochuc.org.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.CaseType;
import vn.tochuc.org.domain.Decision;

@Schema(name = "RestructuringCase")
public record RestructuringCaseResponse(
        UUID id,
        CaseType type,
        @Schema(examples = "DRAFT",
                description = "DRAFT, APPROVED (waiting for its date), APPLIED, CANCELLED or FAILED") String status,
        @Schema(examples = "Hợp nhất Đảng bộ xã Hợp Thịnh và Đảng bộ xã Đạo Tú thành Đảng bộ xã Tam Dương")
        String title,
        LocalDate effectiveDate,
        Decision decision,
        @Schema(description = "The case as requested") JsonNode spec,
        @Schema(description = "Once applied: the units it established, by code") JsonNode established,
        @Schema(examples = "Đơn vị HU-TD đã kết thúc hoạt động trước ngày hiệu lực",
                description = "Why it could not be applied on its date") String failureReason,
        @Schema(description = "Version, also sent as ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime approvedAt,
        OffsetDateTime appliedAt) {
}
