package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.JobPosition;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.rest.ChangeJobPositionRequest;
import vn.tochuc.org.rest.JobPositionRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/** Job positions of units: created, corrected in place under If-Match, ended instead of deleted. */
@ApplicationScoped
public class JobPositionService {

    private final StructureRules rules;
    private final EntityManager em;

    JobPositionService(StructureRules rules, EntityManager em) {
        this.rules = rules;
        this.em = em;
    }

    @Transactional
    public JobPosition create(JobPositionRequest request) {
        LocalDate validFrom = request.validFrom() == null ? LocalDate.now() : request.validFrom();
        rules.requirePlausibleDate("validFrom", validFrom);
        rules.requireExistingOn("orgUnitId", request.orgUnitId(), validFrom);
        JobPosition taken = JobPosition.find("orgUnitId = ?1 and lower(code) = lower(?2) and status = ?3",
                request.orgUnitId(), request.code().strip(), JobPosition.ACTIVE).firstResult();
        if (taken != null) {
            throw ProblemException.conflict("duplicate-code", ProblemText.of("duplicate-code.job")
                    .with("unit", OrgUnit.codeOf(request.orgUnitId())).with("code", taken.code).with("job", taken.id));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JobPosition job = new JobPosition();
        job.id = UUID.randomUUID();
        job.orgUnitId = request.orgUnitId();
        job.code = request.code().strip();
        job.name = request.name().strip();
        job.requiredGrade = request.requiredGrade().strip();
        job.headcount = request.count();
        job.validFrom = validFrom;
        job.status = JobPosition.ACTIVE;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();
        return job;
    }

    @Transactional
    public JobPosition change(UUID id, String ifMatch, ChangeJobPositionRequest request) {
        JobPosition job = requireOpen(id, ifMatch);
        if (request.name() == null && request.requiredGrade() == null && request.count() == null) {
            throw ProblemException.invalid("name", ProblemText.of("field.nothing-to-change")
                    .with("fields", "name, requiredGrade, count"));
        }
        if (request.name() != null) {
            job.name = requireText("name", request.name());
        }
        if (request.requiredGrade() != null) {
            job.requiredGrade = requireText("requiredGrade", request.requiredGrade());
        }
        if (request.count() != null) {
            job.headcount = request.count();
        }
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        JobPosition.flush();
        return job;
    }

    @Transactional
    public JobPosition end(UUID id, String ifMatch, LocalDate endDate) {
        JobPosition job = requireOpen(id, ifMatch);
        if (!endDate.isAfter(job.validFrom)) {
            throw ProblemException.conflict("end-not-after-start", ProblemText.of("end-not-after-start.job")
                    .with("date", endDate).with("from", job.validFrom).with("job", job.name));
        }
        job.validTo = endDate;
        job.status = JobPosition.ENDED;
        job.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        JobPosition.flush();
        return job;
    }

    public JobPosition get(UUID id) {
        return JobPosition.<JobPosition>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("job position", id));
    }

    /** Job positions in effect on the date, by unit and code; a page at a time. */
    @SuppressWarnings("unchecked")
    public Page<JobPosition> list(UUID orgUnitId, LocalDate asOf, String limit, String token) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(token, 1);
        StringBuilder sql = new StringBuilder("select j.* from job_position j where j.valid_from <= :asOf"
                + " and (j.valid_to is null or j.valid_to > :asOf)");
        if (orgUnitId != null) {
            sql.append(" and j.org_unit_id = :unit");
        }
        if (!after.isEmpty()) {
            sql.append(" and (j.org_unit_id, lower(j.code), j.id) > (select o.org_unit_id, lower(o.code), o.id"
                    + " from job_position o where o.id = :after)");
        }
        var query = em.createNativeQuery(sql + " order by j.org_unit_id, lower(j.code), j.id", JobPosition.class)
                .setParameter("asOf", java.sql.Date.valueOf(asOf)).setMaxResults(size + 1);
        if (orgUnitId != null) {
            query.setParameter("unit", orgUnitId);
        }
        if (!after.isEmpty()) {
            query.setParameter("after", PageTokens.part(after.get(0), UUID::fromString));
        }
        List<JobPosition> rows = query.getResultList();
        return rows.size() <= size ? new Page<>(rows, null)
                : new Page<>(rows.subList(0, size), PageTokens.encode(rows.get(size - 1).id.toString()));
    }

    private JobPosition requireOpen(UUID id, String ifMatch) {
        JobPosition job = get(id);
        EntityVersions.requireMatch(ifMatch, job.version);
        if (!JobPosition.ACTIVE.equals(job.status)) {
            throw ProblemException.conflict("job-position-ended", ProblemText.of("job-position-ended")
                    .with("job", job.name).with("date", job.validTo));
        }
        return job;
    }

    private static String requireText(String field, String value) {
        if (value.isBlank()) {
            throw ProblemException.invalid(field, ProblemText.of("field.blank"));
        }
        return value.strip();
    }
}
