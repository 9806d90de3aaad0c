package vn.tochuc.org.discipline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.org.rules.OrgRule;

/**
 * A discipline decision on a party organization (kỷ luật tổ chức đảng): reprimand, warning or disbandment, with the
 * version of the forms rule that allowed it kept as it was cited on the day, so the decision reads as it was judged
 * after the rule changes.
 */
@Entity
@Table(name = "org_discipline")
public class OrgDiscipline extends PanacheEntityBase {

    public static final String IN_EFFECT = "IN_EFFECT";

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String form;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_issuer", nullable = false)
    public String decisionIssuer;

    @Column(nullable = false)
    public String reason;

    @Column(name = "rule_version_id", nullable = false)
    public UUID ruleVersionId;

    @Column(name = "rule_citation", nullable = false)
    public String ruleCitation;

    @Column(name = "rule_to_confirm", nullable = false)
    public boolean ruleToConfirm;

    /** For a disbandment: the restructuring case that dissolves the unit on the effective date. */
    @Column(name = "dissolution_case_id")
    public UUID dissolutionCaseId;

    @Column(nullable = false)
    public String status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static OrgDiscipline decide(UUID unitId, String form, LocalDate decidedOn, LocalDate effectiveDate,
            String decisionNumber, String decisionIssuer, String reason, OrgRule judgedBy) {
        OrgDiscipline d = new OrgDiscipline();
        d.id = UUID.randomUUID();
        d.unitId = unitId;
        d.form = form;
        d.decidedOn = decidedOn;
        d.effectiveDate = effectiveDate;
        d.decisionNumber = decisionNumber;
        d.decisionIssuer = decisionIssuer;
        d.reason = reason;
        d.ruleVersionId = judgedBy.id();
        d.ruleCitation = judgedBy.cite();
        d.ruleToConfirm = judgedBy.toConfirm();
        d.status = IN_EFFECT;
        d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        d.updatedAt = d.createdAt;
        return d;
    }

    void dissolvedBy(UUID caseId) {
        this.dissolutionCaseId = caseId;
    }
}
