package vn.tochuc.org.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.tochuc.org.domain.RestructuringCase;
import vn.tochuc.org.rest.CasePreviewResponse;
import vn.tochuc.org.rest.RestructuringCaseRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.persistence.Filters;

/**
 * The life of a restructuring case: drafted, previewed, approved once, applied atomically on its effective date
 * (at once when that date is today or past), or cancelled. Nothing is deleted.
 */
@ApplicationScoped
public class RestructuringCaseService {

    private static final Logger LOG = Logger.getLogger(RestructuringCaseService.class);

    private final CasePlanner planner;
    private final CaseExecutor executor;
    private final CasePreviewer previewer;
    private final ObjectMapper mapper;

    RestructuringCaseService(CasePlanner planner, CaseExecutor executor, CasePreviewer previewer, ObjectMapper mapper) {
        this.planner = planner;
        this.executor = executor;
        this.previewer = previewer;
        this.mapper = mapper;
    }

    @Transactional
    public RestructuringCase create(RestructuringCaseRequest request) {
        CaseShape.require(request);
        RestructuringCase c = new RestructuringCase();
        c.id = UUID.randomUUID();
        c.status = RestructuringCase.DRAFT;
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        fill(c, request);
        c.persist();
        return c;
    }

    @Transactional
    public RestructuringCase update(UUID id, String ifMatch, RestructuringCaseRequest request) {
        RestructuringCase c = get(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        requireStatus(c, RestructuringCase.DRAFT, "edited");
        CaseShape.require(request);
        fill(c, request);
        return c;
    }

    public RestructuringCase get(UUID id) {
        return RestructuringCase.<RestructuringCase>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("restructuring case", id));
    }

    public Page<RestructuringCase> list(String status, String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        Filters filters = new Filters()
                .and("status = :status", "status", status == null || status.isBlank() ? null
                        : status.strip().toUpperCase())
                .after("createdAt", after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                        after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString));
        List<RestructuringCase> rows = RestructuringCase.<RestructuringCase>find(filters.orderedBy("createdAt"),
                filters.params()).page(0, size + 1).list();
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        RestructuringCase last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), PageTokens.encode(last.createdAt.toString(), last.id.toString()));
    }

    public CasePreviewResponse preview(UUID id) {
        RestructuringCase c = get(id);
        if (!RestructuringCase.DRAFT.equals(c.status) && !RestructuringCase.APPROVED.equals(c.status)) {
            throw ProblemException.conflict("case-closed", "Case " + id + " is " + c.status
                    + "; only a draft or an approved case waiting for its date can be previewed.");
        }
        return previewer.describe(c.id, c.effectiveDate, planner.plan(spec(c)));
    }

    /** Approves a draft; applies it in the same transaction when its date is today or past. */
    @Transactional
    public RestructuringCase approve(UUID id, String ifMatch) {
        RestructuringCase c = get(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        requireStatus(c, RestructuringCase.DRAFT, "approved");
        CasePlan plan = planner.plan(spec(c));
        c.status = RestructuringCase.APPROVED;
        c.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.updatedAt = c.approvedAt;
        if (!c.effectiveDate.isAfter(LocalDate.now())) {
            apply(c, plan);
        }
        return c;
    }

    @Transactional
    public RestructuringCase cancel(UUID id, String ifMatch) {
        RestructuringCase c = get(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        if (!RestructuringCase.DRAFT.equals(c.status) && !RestructuringCase.APPROVED.equals(c.status)) {
            throw ProblemException.conflict("case-closed", "Case " + id + " is " + c.status
                    + "; only a draft or an approved case not yet in effect can be cancelled.");
        }
        c.status = RestructuringCase.CANCELLED;
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return c;
    }

    /** Applies approved cases whose day has come, each in its own transaction. */
    @Scheduled(every = "${tochuc.restructuring.check-interval:60s}", delayed = "5s")
    void applyDueCases() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> RestructuringCase.<RestructuringCase>list(
                "status = ?1 and effectiveDate <= ?2 order by effectiveDate, createdAt", RestructuringCase.APPROVED,
                LocalDate.now()).stream().map(c -> c.id).toList());
        for (UUID id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    RestructuringCase c = get(id);
                    apply(c, planner.plan(spec(c)));
                });
            } catch (ProblemException e) {
                LOG.warnf("Restructuring case %s could not take effect: %s", id, e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> {
                    RestructuringCase c = get(id);
                    c.status = RestructuringCase.FAILED;
                    c.failureReason = e.getMessage() + (e.errors().isEmpty() ? "" : " " + e.errors());
                    c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                });
            }
        }
    }

    private void apply(RestructuringCase c, CasePlan plan) {
        Map<String, UUID> established = executor.apply(plan, c.effectiveDate, c.decision(), c.id);
        c.status = RestructuringCase.APPLIED;
        c.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.updatedAt = c.appliedAt;
        c.result = write(established);
    }

    private void fill(RestructuringCase c, RestructuringCaseRequest request) {
        c.type = request.type();
        c.title = request.title().strip();
        c.effectiveDate = request.effectiveDate();
        c.decisionNumber = request.decision() == null ? null : request.decision().number();
        c.decisionDate = request.decision() == null ? null : request.decision().date();
        c.decisionIssuer = request.decision() == null ? null : request.decision().issuer();
        c.spec = write(request);
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private RestructuringCaseRequest spec(RestructuringCase c) {
        try {
            return mapper.readValue(c.spec, RestructuringCaseRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case " + c.id + " cannot be read back", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Case data cannot be written as JSON", e);
        }
    }

    private static void requireStatus(RestructuringCase c, String status, String action) {
        if (!status.equals(c.status)) {
            throw ProblemException.conflict("case-not-" + status.toLowerCase(), "Case " + c.id + " is " + c.status
                    + "; only a " + status.toLowerCase() + " case can be " + action + ".");
        }
    }
}
