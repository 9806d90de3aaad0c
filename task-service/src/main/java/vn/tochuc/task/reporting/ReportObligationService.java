package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;

/**
 * The obligations' workflow. An obligation is seen by the officers of the reporting unit and of the requesting
 * unit (each with the units above them); anyone else gets 404. The reporting unit submits; the requesting unit
 * returns, accepts, waives or cancels. Each write names the version read (If-Match), is audited with the caller,
 * published through the outbox and logged for mobile sync, in one transaction.
 * <p>
 * Java API for other features (reactions to org-service's events): {@link #passToSuccessor(UUID, UUID, Actor)}.
 */
@ApplicationScoped
public class ReportObligationService {

    private final UnitAccess access;
    private final BoardCalendar calendar;
    private final ReportEvents events;
    private final ObligationChanges changes;
    private final AuditTrail audit;
    private final EntityManager em;

    ReportObligationService(UnitAccess access, BoardCalendar calendar, ReportEvents events, ObligationChanges changes,
            AuditTrail audit, EntityManager em) {
        this.access = access;
        this.calendar = calendar;
        this.events = events;
        this.changes = changes;
        this.audit = audit;
        this.em = em;
    }

    public ReportObligation get(UUID id) {
        return access.reachable(ReportObligation.<ReportObligation>findByIdOptional(id), ReportObligation::units,
                "report obligation", id);
    }

    /** Every submission of a reachable obligation, first first. */
    public List<ReportSubmission> submissions(UUID id) {
        ReportObligation o = get(id);
        return ReportSubmission.<ReportSubmission>list("obligationId = ?1 order by number", o.id);
    }

    /** Obligations the caller's units owe or requested, by due date. */
    public List<ReportObligation> list(ObligationFilter f, LocalDate afterDueOn, UUID afterId, int limit) {
        Filters filters = new Filters()
                .and("(unitId in :scope or requestingUnitId in :scope)", "scope", access.unitsOrAll())
                .and("unitId = :unit", "unit", f.unitId())
                .and("requestingUnitId = :requester", "requester", f.requestingUnitId())
                .and("periodCode = :period", "period", f.period() == null ? null : f.period().code())
                .and("status = :status", "status", f.status())
                .and("scheduleId = :schedule", "schedule", f.scheduleId());
        filters.after("dueOn", afterDueOn, afterId);
        return ReportObligation.<ReportObligation>find(filters.orderedBy("dueOn"), filters.params())
                .page(0, limit + 1).list();
    }

    @Transactional
    public ReportObligation submit(UUID id, String summary, String attachmentRef, LocalDate submittedOn,
            String ifMatch, Actor actor) {
        ReportObligation o = get(id);
        requireActsFor(o.unitId, "submit this report: only the reporting unit's officers do");
        EntityVersions.requireMatch(ifMatch, o.version);
        OffsetDateTime at = submittedOn == null ? calendar.now() : pastSubmission(o, submittedOn);
        ReportSubmission s = o.submit(summary.strip(), blankToNull(attachmentRef), actor.subject(), at,
                calendar.dayOf(at));
        s.persist();
        return changed(o, ReportEvents.SUBMITTED, "SUBMITTED", null, null, actor);
    }

    /**
     * A report sent on a past day, recorded now by a province-wide role (a term's history replayed): it counts from
     * that day; the hour is set to the Board's afternoon, as only the day decides its timeliness.
     */
    private OffsetDateTime pastSubmission(ReportObligation o, LocalDate day) {
        access.requireProvinceWide("record a report sent on a past day (submittedOn)");
        LocalDate today = calendar.today();
        if (day.isAfter(today)) {
            throw ProblemException.invalid("submittedOn", ProblemText.of("field.after-today").with("today", today));
        }
        if (day.isBefore(o.periodStart)) {
            throw ProblemException.invalid("submittedOn", ProblemText.of("field.before-period")
                    .with("date", o.periodStart).with("period", o.periodCode));
        }
        return day.atTime(16, 0).atZone(calendar.zone()).toOffsetDateTime();
    }

    @Transactional
    public ReportObligation returnForCorrection(UUID id, String reason, String ifMatch, Actor actor) {
        ReportObligation o = review(id, ifMatch, "return this report");
        o.returnForCorrection(latest(o), reason.strip(), actor.subject(), calendar.now());
        return changed(o, ReportEvents.RETURNED, "RETURNED", reason.strip(), null, actor);
    }

    @Transactional
    public ReportObligation accept(UUID id, String ifMatch, Actor actor) {
        ReportObligation o = review(id, ifMatch, "accept this report");
        o.accept(latest(o), actor.subject(), calendar.now());
        return changed(o, ReportEvents.ACCEPTED, "ACCEPTED", null, null, actor);
    }

    @Transactional
    public ReportObligation waive(UUID id, String reason, String ifMatch, Actor actor) {
        ReportObligation o = review(id, ifMatch, "waive this report");
        o.waive(reason.strip(), calendar.now());
        return changed(o, ReportEvents.WAIVED, "WAIVED", reason.strip(), null, actor);
    }

    @Transactional
    public ReportObligation cancel(UUID id, String reason, String ifMatch, Actor actor) {
        ReportObligation o = review(id, ifMatch, "cancel this report obligation");
        o.cancel(reason.strip(), calendar.now());
        return changed(o, ReportEvents.CANCELLED, "CANCELLED", reason.strip(), null, actor);
    }

    /**
     * Announces each open obligation whose due date has passed (Board calendar) exactly once: a conditional update
     * claims the rows ({@code overdue_notified_at is null}) in the transaction that writes their events, so a
     * concurrent run on another replica waits on the row locks and then finds nothing left to claim.
     *
     * @return the obligations announced by this run
     */
    @Transactional
    public List<ReportObligation> notifyOverdue() {
        LocalDate today = calendar.today();
        List<UUID> ids = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("""
                    update report_obligation set overdue_notified_at = now()
                    where status in ('DUE', 'RETURNED') and due_on < ? and overdue_notified_at is null
                    returning id""")) {
                claim.setObject(1, today);
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ReportObligation> overdue = ReportObligation.list("id in ?1 order by id", ids);
        events.obligations(ReportEvents.OVERDUE, overdue);
        for (ReportObligation o : overdue) {
            audit.record("report-obligation", o.id, "OVERDUE", AuditTrail.SYSTEM, ReportEvents.ObligationData.of(o));
        }
        return overdue;
    }

    /**
     * Java API for the reactions to org-service's events: the obligations a unit that ceased has still to deliver
     * (due, returned) pass to its successor, with an event and a change-log row each (a tombstone for callers who saw
     * them only through the old unit). Where the successor already owes the same schedule's report for the period,
     * the old unit's obligation is cancelled instead (the successor's own report covers it). A submitted report
     * stays with the unit that wrote it: what it delivered is on record, and the requesting level still accepts it
     * or waives it. Must run in the caller's transaction, with no caller scope applied.
     *
     * @return the obligations that changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportObligation> passToSuccessor(UUID ceasedUnitId, UUID successorUnitId, Actor actor) {
        List<ReportObligation> open = ReportObligation.list("unitId = ?1 and status in ?2 order by id", ceasedUnitId,
                List.of(ObligationStatus.DUE, ObligationStatus.RETURNED));
        OffsetDateTime now = calendar.now();
        List<ReportObligation> changed = new ArrayList<>();
        for (ReportObligation o : open) {
            boolean successorOwesIt = ReportObligation.count("scheduleId = ?1 and unitId = ?2 and periodCode = ?3",
                    o.scheduleId, successorUnitId, o.periodCode) > 0;
            if (successorOwesIt) {
                String reason = "The unit ceased; its successor " + successorUnitId + " reports for this period.";
                o.cancel(reason, now);
                changed.add(changed(o, ReportEvents.CANCELLED, "CANCELLED", reason, null, actor));
            } else {
                o.passTo(successorUnitId, now);
                changed.add(changed(o, ReportEvents.TRANSFERRED, "TRANSFERRED", null, ceasedUnitId, actor));
            }
        }
        return changed;
    }

    private ReportObligation review(UUID id, String ifMatch, String what) {
        ReportObligation o = get(id);
        requireActsFor(o.requestingUnitId, what + ": only the requesting unit's officers do");
        EntityVersions.requireMatch(ifMatch, o.version);
        return o;
    }

    /** The change's event, change-log row and audit row; {@code leftUnitId}: the unit it passed from, if any. */
    private ReportObligation changed(ReportObligation o, String type, String action, String reason, UUID leftUnitId,
            Actor actor) {
        ReportObligation.flush(); // the version goes into the event and the answer's ETag
        ReportEvents.ObligationData data = ReportEvents.ObligationData.of(o, reason, leftUnitId);
        events.obligation(type, o, data);
        changes.log(List.of(o.id), leftUnitId);
        audit.record("report-obligation", o.id, action, actor, data);
        return o;
    }

    private void requireActsFor(UUID unit, String why) {
        if (!access.covers(unit)) {
            throw new ProblemException(403, "not-your-role", ProblemText.of("not-your-role").with("what", why)
                    .with("unit", UnitAccess.nameOf(unit)));
        }
    }

    private static ReportSubmission latest(ReportObligation o) {
        return ReportSubmission.<ReportSubmission>find("obligationId = ?1 order by number desc", o.id).firstResult();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
