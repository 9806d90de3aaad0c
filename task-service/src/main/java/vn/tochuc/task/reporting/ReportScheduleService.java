package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.document.SourceDocument;
import vn.tochuc.task.period.Period;
import vn.tochuc.task.period.PeriodKind;

/**
 * Report schedules: defined, read and ended by the officers of the requesting unit (its scope must cover that
 * unit), and the obligations they generate per period. The reporting units see what they owe through their
 * obligations, not the schedule.
 */
@ApplicationScoped
public class ReportScheduleService {

    private final UnitAccess access;
    private final OrgUnitTree tree;
    private final ObligationGeneration generation;
    private final ReportEvents events;
    private final AuditTrail audit;

    ReportScheduleService(UnitAccess access, OrgUnitTree tree, ObligationGeneration generation, ReportEvents events,
            AuditTrail audit) {
        this.access = access;
        this.tree = tree;
        this.generation = generation;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public ReportSchedule define(NewSchedule s, Actor actor) {
        access.requireUnit("requestingUnitId", s.requestingUnitId());
        boolean byKind = s.unitKind() != null && !s.unitKind().isBlank();
        boolean listed = s.units() != null && !s.units().isEmpty();
        if (byKind == listed) {
            throw ProblemException.invalid(byKind ? "units" : "unitKind", ProblemText.of("field.kind-or-units"));
        }
        if (listed) {
            requireBelow(s.requestingUnitId(), s.units());
        }
        if (s.sourceDocumentId() != null && SourceDocument.findById(s.sourceDocumentId()) == null) {
            throw new ProblemException(422, "unknown-document", ProblemText.of("unknown-document")
                    .with("id", s.sourceDocumentId()).with("field", "sourceDocumentId"));
        }
        ReportSchedule schedule = ReportSchedule.define(s);
        schedule.persist();
        ReportSchedule.flush(); // the version goes into the answer's ETag
        events.schedule(ReportEvents.SCHEDULED, schedule);
        audit.record("report-schedule", schedule.id, "SCHEDULED", actor, ReportEvents.ScheduleData.of(schedule));
        return schedule;
    }

    public ReportSchedule get(UUID id) {
        return access.reachable(ReportSchedule.<ReportSchedule>findByIdOptional(id), s -> List.of(s.requestingUnitId),
                "report schedule", id);
    }

    /** Schedules of the requesting units in the caller's scope, oldest first. */
    public List<ReportSchedule> list(UUID requestingUnitId, PeriodKind kind, ScheduleStatus status,
            OffsetDateTime afterCreatedAt, UUID afterId, int limit) {
        Filters filters = new Filters()
                .and("requestingUnitId in :scope", "scope", access.unitsOrAll())
                .and("requestingUnitId = :requester", "requester", requestingUnitId)
                .and("periodKind = :kind", "kind", kind)
                .and("status = :status", "status", status);
        filters.after("createdAt", afterCreatedAt, afterId);
        return ReportSchedule.<ReportSchedule>find(filters.orderedBy("createdAt"), filters.params())
                .page(0, limit + 1).list();
    }

    @Transactional
    public ReportSchedule end(UUID id, String ifMatch, Actor actor) {
        ReportSchedule schedule = get(id);
        EntityVersions.requireMatch(ifMatch, schedule.version);
        schedule.end();
        ReportSchedule.flush();
        events.schedule(ReportEvents.SCHEDULE_ENDED, schedule);
        audit.record("report-schedule", schedule.id, "ENDED", actor, ReportEvents.ScheduleData.of(schedule));
        return schedule;
    }

    /** A period's obligations, made by an officer of the requesting unit at the schedule version read. */
    @Transactional
    public Generated generate(UUID id, Period period, String ifMatch, Actor actor) {
        ReportSchedule schedule = get(id);
        EntityVersions.requireMatch(ifMatch, schedule.version);
        schedule.requireGenerates(period);
        return Generated.of(schedule, period, generation.generate(schedule, period, actor));
    }

    /**
     * The service's own run for one schedule and period (the start-of-period job): no caller, no If-Match; an
     * ended or vanished schedule, or one of another period kind, makes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Generated generateAsSystem(UUID id, Period period) {
        ReportSchedule schedule = ReportSchedule.findById(id);
        if (schedule == null || schedule.status != ScheduleStatus.ACTIVE || schedule.periodKind != period.kind()) {
            return null;
        }
        return Generated.of(schedule, period, generation.generate(schedule, period, AuditTrail.SYSTEM));
    }

    /** The start-of-period run for one schedule: the period of its kind that contains {@code today}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Generated generateCurrentPeriod(UUID id, LocalDate today) {
        ReportSchedule schedule = ReportSchedule.findById(id);
        return schedule == null ? null : generateAsSystem(id, periodContaining(schedule.periodKind, today));
    }

    static Period periodContaining(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case QUARTER -> Period.quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case HALF_YEAR -> Period.half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> Period.year(day.getYear());
        };
    }

    /** The active schedules' ids, for the start-of-period job. */
    public List<UUID> activeScheduleIds() {
        return ReportSchedule.<ReportSchedule>list("status", ScheduleStatus.ACTIVE).stream().map(s -> s.id)
                .toList();
    }

    /** What a generation made: the obligations created by this run and how many existed before it. */
    public record Generated(ReportSchedule schedule, Period period, List<ReportObligation> created,
            int alreadyExisting) {

        static Generated of(ReportSchedule schedule, Period period, ObligationGeneration.Result result) {
            return new Generated(schedule, period, result.created(), result.alreadyExisting());
        }
    }

    /** Each listed unit must be known and strictly below the requesting unit. */
    private void requireBelow(UUID requester, Set<UUID> units) {
        Set<UUID> subtree = new HashSet<>(tree.subtrees(List.of(requester)));
        for (UUID unit : units) {
            if (unit == null || unit.equals(requester) || !subtree.contains(unit)) {
                throw new ProblemException(422, "unit-outside-subtree", ProblemText.of("unit-outside-subtree.report")
                        .with("unit", UnitAccess.nameOf(unit)).with("requester", UnitAccess.nameOf(requester))
                        .with("requesterId", requester));
            }
        }
    }
}
