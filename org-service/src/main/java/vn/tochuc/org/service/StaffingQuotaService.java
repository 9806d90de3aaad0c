package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.StaffingQuota;
import vn.tochuc.org.event.StaffingQuotaEvents;
import vn.tochuc.org.rest.StaffingQuotaRequest;
import vn.tochuc.org.rest.SupersedeQuotaRequest;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/** Staffing quotas: one current quota per unit, year and category; a new decision supersedes, keeping the old. */
@ApplicationScoped
public class StaffingQuotaService {

    private final StructureRules rules;
    private final Outbox outbox;
    private final EntityManager em;

    StaffingQuotaService(StructureRules rules, Outbox outbox, EntityManager em) {
        this.rules = rules;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional
    public StaffingQuota set(StaffingQuotaRequest request) {
        LocalDate validFrom = validFrom(request.validFrom(), request.decision(), request.year());
        rules.requireExistingOn("orgUnitId", request.orgUnitId(), validFrom);
        StaffingQuota.current(request.orgUnitId(), request.year(), request.category()).ifPresent(q -> {
            throw ProblemException.conflict("quota-exists", ProblemText.of("quota-exists")
                    .with("unit", OrgUnit.codeOf(request.orgUnitId())).with("category", request.category())
                    .with("year", request.year()).with("quota", q.id));
        });
        StaffingQuota quota = quota(request.orgUnitId(), request.year(), request.category(), request.count(),
                validFrom, request.decision());
        publish(quota, null);
        return quota;
    }

    @Transactional
    public StaffingQuota supersede(UUID id, String ifMatch, SupersedeQuotaRequest request) {
        StaffingQuota old = get(id);
        EntityVersions.requireMatch(ifMatch, old.version);
        if (!StaffingQuota.CURRENT.equals(old.status)) {
            throw ProblemException.conflict("quota-superseded", ProblemText.of("quota-superseded").with("quota", id)
                    .with("by", old.supersededBy));
        }
        LocalDate validFrom = validFrom(request.validFrom(), request.decision(), old.quotaYear);
        if (!validFrom.isAfter(old.validFrom)) {
            throw ProblemException.conflict("change-not-after-latest", ProblemText.of("change-not-after-latest.quota")
                    .with("date", validFrom).with("from", old.validFrom).with("quota", id));
        }
        rules.requireExistingOn("orgUnitId", old.orgUnitId, validFrom);
        old.status = StaffingQuota.SUPERSEDED;
        old.validTo = validFrom;
        old.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        // The partial unique index allows one CURRENT row: retire the old one before the new one is inserted.
        em.flush();
        StaffingQuota next = quota(old.orgUnitId, old.quotaYear, old.category, request.count(), validFrom,
                request.decision());
        old.supersededBy = next.id;
        publish(next, old);
        return next;
    }

    public StaffingQuota get(UUID id) {
        return StaffingQuota.<StaffingQuota>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("staffing quota", id));
    }

    /** Quotas by unit, year, category and start, superseded ones included unless only current ones are asked. */
    @SuppressWarnings("unchecked")
    public Page<StaffingQuota> list(UUID orgUnitId, Integer year, boolean currentOnly, String limit, String token) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(token, 1);
        StringBuilder sql = new StringBuilder("select q.* from staffing_quota q where true");
        if (orgUnitId != null) {
            sql.append(" and q.org_unit_id = :unit");
        }
        if (year != null) {
            sql.append(" and q.quota_year = :year");
        }
        if (currentOnly) {
            sql.append(" and q.status = 'CURRENT'");
        }
        if (!after.isEmpty()) {
            sql.append(" and (q.org_unit_id, q.quota_year, q.category, q.valid_from, q.id) > (select o.org_unit_id,"
                    + " o.quota_year, o.category, o.valid_from, o.id from staffing_quota o where o.id = :after)");
        }
        var query = em.createNativeQuery(sql + " order by q.org_unit_id, q.quota_year, q.category, q.valid_from, q.id",
                StaffingQuota.class).setMaxResults(size + 1);
        if (orgUnitId != null) {
            query.setParameter("unit", orgUnitId);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        if (!after.isEmpty()) {
            query.setParameter("after", PageTokens.part(after.get(0), UUID::fromString));
        }
        List<StaffingQuota> rows = query.getResultList();
        return rows.size() <= size ? new Page<>(rows, null)
                : new Page<>(rows.subList(0, size), PageTokens.encode(rows.get(size - 1).id.toString()));
    }

    private StaffingQuota quota(UUID unitId, int year, String category, int count, LocalDate validFrom,
            Decision decision) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StaffingQuota quota = new StaffingQuota();
        quota.id = UUID.randomUUID();
        quota.orgUnitId = unitId;
        quota.quotaYear = year;
        quota.category = category;
        quota.count = count;
        quota.validFrom = validFrom;
        quota.status = StaffingQuota.CURRENT;
        quota.decisionNumber = decision.number().strip();
        quota.decisionDate = decision.date();
        quota.decisionIssuer = decision.issuer().strip();
        quota.createdAt = now;
        quota.updatedAt = now;
        quota.persist();
        return quota;
    }

    private void publish(StaffingQuota quota, StaffingQuota superseded) {
        outbox.publish(StaffingQuotaEvents.TOPIC, quota.orgUnitId.toString(), StaffingQuotaEvents.SET_V1,
                new StaffingQuotaEvents.SetV1(quota.id, quota.orgUnitId, quota.quotaYear, quota.category, quota.count,
                        quota.validFrom, quota.decision(), superseded == null ? null : superseded.id,
                        superseded == null ? null : superseded.count));
    }

    /** A quota needs its whole decision, and cannot take effect after the year it is for. */
    private LocalDate validFrom(LocalDate requested, Decision decision, int year) {
        if (decision.number() == null || decision.number().isBlank()) {
            throw ProblemException.invalid("decision.number", ProblemText.of("field.quota-decision"));
        }
        if (decision.date() == null) {
            throw ProblemException.invalid("decision.date", ProblemText.of("field.quota-decision"));
        }
        if (decision.issuer() == null || decision.issuer().isBlank()) {
            throw ProblemException.invalid("decision.issuer", ProblemText.of("field.quota-decision"));
        }
        LocalDate validFrom = requested == null ? decision.date() : requested;
        rules.requirePlausibleDate("validFrom", validFrom);
        if (validFrom.getYear() > year) {
            throw ProblemException.invalid("validFrom", ProblemText.of("field.after-quota-year").with("year", year));
        }
        return validFrom;
    }
}
