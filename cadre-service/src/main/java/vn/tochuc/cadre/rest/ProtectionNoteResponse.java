package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.ProtectionNote;

@Schema(name = "ProtectionNote", description = "A political-protection note; every read of it is recorded")
public record ProtectionNoteResponse(UUID id, UUID personId, ProtectionNote.Category category,
        @Schema(examples = "Nội dung thẩm tra, xác minh lịch sử chính trị (mật)") String content,
        @Schema(examples = "Công văn 15-CV/BTCTU ngày 10/3/2025")
        String source, LocalDate recordedOn, ProtectionNote.Status status,
        @Schema(examples = "Đã được cơ quan có thẩm quyền kết luận") String withdrawnReason,
        @Schema(examples = "tran.viet.cuong") String createdBy,
        OffsetDateTime createdAt, @Schema(examples = "tran.viet.cuong") String updatedBy, OffsetDateTime updatedAt,
        @Schema(description = "The version; also the ETag") long version) {

    public static ProtectionNoteResponse of(ProtectionNote n) {
        return new ProtectionNoteResponse(n.id, n.personId, n.category, n.content, n.source, n.recordedOn, n.status,
                n.withdrawnReason, n.createdBy, n.createdAt, n.updatedBy, n.updatedAt, n.version);
    }
}
