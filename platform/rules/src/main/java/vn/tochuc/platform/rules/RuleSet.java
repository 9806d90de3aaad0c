package vn.tochuc.platform.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;

/** A rule the law sets and changes by date (e.g. cadre.discipline-bars); its content lives in its versions. */
@Entity
@Table(name = "rule_set")
public class RuleSet extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    public String description;

    /** The ETag a new version must name in If-Match: bumped by each version added. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<RuleSet> allByCode() {
        return list("order by code");
    }

    /** Records that a version was added: the rule's version (ETag) moves on at the flush. */
    public void versionAdded(OffsetDateTime at) {
        updatedAt = at;
    }
}
