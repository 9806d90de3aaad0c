package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's name, kind and parent from {@code validFrom} up to (not including) {@code validTo}. A change adds a
 * version and closes the previous one; nothing is overwritten. A database constraint forbids overlaps.
 */
@Entity
@Table(name = "org_unit_version")
public class OrgUnitVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Exclusive; null while this version is the current one. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "name_search_key", nullable = false)
    public String nameSearchKey;

    /** What started this version: ESTABLISHED, RENAMED, MOVED, LEVEL_CHANGED, ... */
    @Column(nullable = false)
    public String change;

    /** The restructuring case that made this version, if one did. */
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<OrgUnitVersion> history(UUID unitId) {
        return list("unitId = ?1 order by validFrom", unitId);
    }

    /** The version in effect on the date, if the unit existed then. */
    public static Optional<OrgUnitVersion> on(UUID unitId, LocalDate date) {
        return find("unitId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", unitId, date)
                .firstResultOptional();
    }

    /** The latest version, open or closed by the unit ceasing. */
    public static Optional<OrgUnitVersion> latest(UUID unitId) {
        return find("unitId = ?1 order by validFrom desc", unitId).firstResultOptional();
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
