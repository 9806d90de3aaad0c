package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's quality rating for one year, by the grassroots organization (tổ chức cơ sở đảng) that rated them. */
@Entity
@Table(name = "quality_rating")
public class QualityRating extends PanacheEntityBase {

    /** The four grades of the yearly review. */
    public enum Grade {
        /** Hoàn thành xuất sắc nhiệm vụ. */
        EXCELLENT,
        /** Hoàn thành tốt nhiệm vụ. */
        GOOD,
        /** Hoàn thành nhiệm vụ. */
        COMPLETED,
        /** Không hoàn thành nhiệm vụ. */
        NOT_COMPLETED
    }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade rating;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
