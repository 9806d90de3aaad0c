package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An organization unit (đơn vị, tổ chức đảng): a party organization, an advisory body or an agency. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Stable business code, unique regardless of case. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    /** Kind code (loại tổ chức), e.g. PROVINCIAL_PARTY_COMMITTEE; reference data, not an enum. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(nullable = false)
    public String status;

    /** Lower-case, diacritic-free name for search ("Tỉnh ủy" → "tinh uy"). */
    @Column(name = "name_search_key", nullable = false)
    public String nameSearchKey;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<OrgUnit> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }
}
