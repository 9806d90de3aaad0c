package vn.tochuc.org.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
import vn.tochuc.platform.problem.ProblemText;
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
        RestructuringCase c = lock(id);
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

    /** The case locked until the transaction ends, so a write and the scheduler's claim never interleave. */
    private static RestructuringCase lock(UUID id) {
        return RestructuringCase.<RestructuringCase>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("restructuring case", id));
    }

    /**
     * Cases oldest first, filtered by status, by a unit the case names (as a unit it changes, ceases, places or
     * established) and by effective date.
     */
    public Page<RestructuringCase> list(String status, UUID unitId, LocalDate effectiveFrom, LocalDate effectiveTo,
            String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        Filters filters = new Filters()
                .and("status = :status", "status", status == null || status.isBlank() ? null
                        : status.strip().toUpperCase())
                // a case names its units by id in its request, and the units it established in its result
                .and("(cast(spec as String) like :unit or cast(result as String) like :unit)", "unit",
                        unitId == null ? null : "%" + unitId + "%")
                .and("effectiveDate >= :effectiveFrom", "effectiveFrom", effectiveFrom)
                .and("effectiveDate <= :effectiveTo", "effectiveTo", effectiveTo)
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
            throw ProblemException.conflict("case-closed", ProblemText.of("case-closed.preview").with("case", c.title)
                    .with("status", ProblemText.of("case-status." + c.status)));
        }
        return previewer.describe(c.id, c.effectiveDate, planner.plan(spec(c)));
    }

    /** Approves a draft; applies it in the same transaction when its date is today or past. */
    @Transactional
    public RestructuringCase approve(UUID id, String ifMatch) {
        RestructuringCase c = lock(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        requireStatus(c, RestructuringCase.DRAFT, "approved");
        CasePlan plan = planner.plan(spec(c));
        c.approve();
        if (!c.effectiveDate.isAfter(LocalDate.now())) {
            apply(c, plan);
        }
        return c;
    }

    /**
     * Drafts and approves a case in the caller's transaction, for a decision already taken elsewhere (a disbandment
     * by discipline): it goes through the same checks and the same application as a case approved through the API,
     * at once when its date is today or past, else on its date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RestructuringCase createApproved(RestructuringCaseRequest request) {
        RestructuringCase c = create(request);
        CasePlan plan = planner.plan(request);
        c.approve();
        if (!c.effectiveDate.isAfter(LocalDate.now())) {
            apply(c, plan);
        }
        return c;
    }

    @Transactional
    public RestructuringCase cancel(UUID id, String ifMatch) {
        RestructuringCase c = lock(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        if (!RestructuringCase.DRAFT.equals(c.status) && !RestructuringCase.APPROVED.equals(c.status)) {
            throw ProblemException.conflict("case-closed", ProblemText.of("case-closed.cancel").with("case", c.title)
                    .with("status", ProblemText.of("case-status." + c.status)));
        }
        c.cancel();
        return c;
    }

    /**
     * Applies approved cases whose day has come, each claimed in its own transaction. Every replica runs this; the
     * claim ({@link #applyIfStillDue}) makes sure a case is applied once, whichever replicas overlap.
     */
    @Scheduled(every = "${tochuc.restructuring.check-interval:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyDueCases() {
        LocalDate today = LocalDate.now();
        for (DueCase due : dueOn(today)) {
            applyIfStillDue(due, today);
        }
    }

    /** A case found due, as it was when listed: it is applied only if it is still so when claimed. */
    public record DueCase(UUID id, long version) {
    }

    /** The approved cases in effect on the day, oldest date first. Listing claims nothing. */
    public List<DueCase> dueOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> RestructuringCase.<RestructuringCase>list(
                "status = ?1 and effectiveDate <= ?2 order by effectiveDate, createdAt", RestructuringCase.APPROVED,
                day).stream().map(c -> new DueCase(c.id, c.version)).toList());
    }

    /**
     * Claims the case and applies it in the same transaction. The claim locks the row, skipping it when another
     * replica holds it, and re-reads it: a case cancelled, applied or failed since it was listed is left alone, and a
     * cancel that comes during the application waits for the lock and then finds it APPLIED.
     *
     * @return whether this call applied the case
     */
    public boolean applyIfStillDue(DueCase due, LocalDate day) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                RestructuringCase c = claim(due, day);
                if (c == null) {
                    return false;
                }
                apply(c, planner.plan(spec(c)));
                return true;
            });
        } catch (ProblemException e) {
            LOG.warnf("Restructuring case %s could not take effect: %s", due.id(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                RestructuringCase c = claim(due, day);
                if (c != null) {
                    c.fail(e.getMessage() + (e.errors().isEmpty() ? "" : " " + e.errors()));
                }
            });
            return false;
        }
    }

    /** @return the case locked for this transaction, or null when it is locked elsewhere or no longer as listed */
    private static RestructuringCase claim(DueCase due, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<RestructuringCase> claimed = RestructuringCase.getEntityManager().createNativeQuery("select * from "
                + "restructuring_case where id = ?1 and version = ?2 and status = ?3 and effective_date <= ?4 "
                + "for update skip locked", RestructuringCase.class).setParameter(1, due.id())
                .setParameter(2, due.version()).setParameter(3, RestructuringCase.APPROVED).setParameter(4, day)
                .getResultList();
        return claimed.isEmpty() ? null : claimed.get(0);
    }

    private void apply(RestructuringCase c, CasePlan plan) {
        Map<String, UUID> established = executor.apply(plan, c.effectiveDate, c.decision(), c.id);
        c.applied(write(established));
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
            throw ProblemException.conflict("case-not-" + status.toLowerCase(), ProblemText.of("case-not-in-status")
                    .with("case", c.title).with("status", ProblemText.of("case-status." + c.status))
                    .with("needed", ProblemText.of("case-status." + status)).with("action",
                            ProblemText.of("case-action." + action)));
        }
    }
}
