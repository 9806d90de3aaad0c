package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A kind and level of unit (loại tổ chức, cấp): reference data, extendable by an administrator. */
@Entity
@Table(name = "org_unit_kind")
public class OrgUnitKind extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** PARTY_ORGANIZATION, ADVISORY_BODY, STATE_BODY, FRONT_BODY or OTHER. */
    @Column(nullable = false)
    public String category;

    /** 1 province, 2 the level above grassroots, 3 grassroots, 4-5 below; 0 where a level does not apply. */
    @Column(name = "level_rank", nullable = false)
    public int levelRank;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
