package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Ghi chú bảo vệ chính trị nội bộ: a finding of internal political-protection work about a person. */
@Entity
@Table(name = "protection_note")
public class ProtectionNote extends PanacheEntityBase {

    public enum Category {
        /** Lịch sử chính trị bản thân: the person's own political history. */
        POLITICAL_HISTORY,
        /** Quan hệ gia đình, thân tộc: political matters of relatives. */
        FAMILY_RELATIONS,
        /** Quan hệ với tổ chức, cá nhân nước ngoài. */
        FOREIGN_RELATIONS,
        /** Kết quả thẩm tra, xác minh: the outcome of a verification. */
        VERIFICATION,
        /** Kết luận về tiêu chuẩn chính trị: a conclusion on political standards. */
        CONCLUSION
    }

    public enum Status {
        ACTIVE,
        /** Withdrawn (found wrong or superseded); kept and still readable, with the reason. */
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String content;

    public String source;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "request_id")
    public String requestId;

    @Version
    public long version;
}
