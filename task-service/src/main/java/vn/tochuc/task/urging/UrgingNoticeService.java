package vn.tochuc.task.urging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskStatus;

/**
 * Urging notices and the escalations they cause. A notice is issued by a unit in the caller's scope for tasks it
 * assigned (the task's assigning unit is the issuing unit or below it) that are being worked on (assigned or in
 * progress) and overdue or due within {@link UrgingSettings#urgeableWithinDays()} days. Its number is the next of
 * the issuing unit's year, taken from a counter row locked until the notice commits, so numbers have no gaps. Each
 * task's notice count goes up; at {@link UrgingSettings#escalateAfter()} the task is escalated to the parent of the
 * issuing unit (none for a unit at the top of the tree).
 * <p>
 * Reading: a notice is seen by callers acting for its issuing unit (all its tasks) or for a lead or assigning unit
 * of one of its tasks (those tasks only); an escalation by callers acting for the unit it is addressed to or the
 * issuing unit. Anything else is 404, as if missing.
 */
@ApplicationScoped
public class UrgingNoticeService {

    static final String AUDIT_TYPE = "urging-notice";
    static final String ESCALATION_AUDIT_TYPE = "urging-escalation";
    /** What a notice may urge: tasks the lead unit is working on, not a submitted one waiting for the issuer. */
    private static final Set<TaskStatus> URGEABLE = EnumSet.of(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS);

    /** A notice with the tasks the caller may see and the escalations it caused, by task id. */
    public record NoticeView(UrgingNotice notice, List<UrgingNoticeTask> tasks, Map<UUID, UrgingEscalation> escalated) {
    }

    private final UnitAccess access;
    private final OrgUnitTree tree;
    private final UrgingSettings settings;
    private final UrgingEvents events;
    private final AuditTrail audit;
    private final BoardCalendar calendar;
    private final EntityManager em;

    UrgingNoticeService(UnitAccess access, OrgUnitTree tree, UrgingSettings settings, UrgingEvents events,
            AuditTrail audit, BoardCalendar calendar, EntityManager em) {
        this.access = access;
        this.tree = tree;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.calendar = calendar;
        this.em = em;
    }

    @Transactional
    public NoticeView issue(NewUrgingNotice n, Actor actor) {
        OrgUnitView issuer = access.requireUnit("issuingUnitId", n.issuingUnitId());
        LocalDate today = calendar.today();
        if (n.responseDeadline() != null && n.responseDeadline().isBefore(today)) {
            throw unprocessable("response-deadline-past", "responseDeadline", ProblemText.of("field.before-today")
                    .with("today", today));
        }
        List<Task> tasks = urgeable(issuer, n.taskIds(), today);
        UrgingNotice notice = UrgingNotice.issue(n, today, nextNumber(issuer.id, today.getYear()), tasks.size(),
                actor.subject());
        notice.persist();
        Map<UUID, TaskUrging> counts = lockCounts(tasks.stream().map(t -> t.id).toList());
        List<UrgingNoticeTask> lines = new ArrayList<>(tasks.size());
        Map<UUID, UrgingEscalation> escalated = new HashMap<>();
        for (Task task : tasks) {
            int count = counts.get(task.id).urgedBy(notice);
            UrgingNoticeTask line = UrgingNoticeTask.of(notice, task, count);
            line.persist();
            lines.add(line);
            if (count == settings.escalateAfter() && issuer.parentId != null) {
                UrgingEscalation e = UrgingEscalation.of(notice, task.id, issuer.parentId, count);
                e.persist();
                escalated.put(task.id, e);
            }
        }
        UrgingNotice.flush();
        List<UrgingEvents.EscalatedData> escalations = new ArrayList<>();
        for (UrgingNoticeTask line : lines) {
            UrgingEscalation e = escalated.get(line.taskId);
            if (e != null) {
                UrgingEvents.EscalatedData data = UrgingEvents.EscalatedData.of(e, line);
                escalations.add(data);
                audit.record(ESCALATION_AUDIT_TYPE, e.id, "ESCALATED", actor, data);
            }
        }
        events.urged(notice, lines, escalations);
        audit.record(AUDIT_TYPE, notice.id, "ISSUED", actor, lines.stream()
                .map(l -> UrgingEvents.UrgedData.of(notice, l)).toList());
        return new NoticeView(notice, lines, escalated);
    }

    public NoticeView get(UUID id) {
        UrgingNotice notice = UrgingNotice.findById(id);
        List<UrgingNoticeTask> lines = notice == null ? List.of() : lines(List.of(id)).getOrDefault(id, List.of());
        List<UrgingNoticeTask> seen = notice == null ? List.of() : visible(notice, lines);
        if (seen.isEmpty()) {
            throw ProblemException.notFound("urging notice", id);
        }
        return new NoticeView(notice, seen, escalated(seen, escalationsOf(List.of(id))));
    }

    /** Notices in (issuedAt, id) order after the keyset position, up to {@code limit} + 1 rows. */
    @SuppressWarnings("unchecked")
    public List<NoticeView> list(UUID issuingUnitId, UUID taskId, Integer year, OffsetDateTime afterIssuedAt,
            UUID afterId, int limit) {
        List<UUID> units = access.unitsOrAll();
        Filters filters = new Filters()
                .and("(issuing_unit_id = any(cast(:units as uuid[])) or exists (select 1 from urging_notice_task l "
                        + "where l.notice_id = urging_notice.id and (l.lead_unit_id = any(cast(:units as uuid[])) "
                        + "or l.assigning_unit_id = any(cast(:units as uuid[])))))", "units", array(units))
                .and("issuing_unit_id = :issuer", "issuer", issuingUnitId)
                .and("exists (select 1 from urging_notice_task l where l.notice_id = urging_notice.id "
                        + "and l.task_id = :task)", "task", taskId)
                .and("year = :year", "year", year)
                .after("issued_at", afterIssuedAt, afterId);
        Query q = em.createNativeQuery("select * from urging_notice where " + filters.orderedBy("issued_at")
                + " limit :limit", UrgingNotice.class).setParameter("limit", limit + 1);
        filters.params().forEach(q::setParameter);
        List<UrgingNotice> notices = q.getResultList();
        Map<UUID, List<UrgingNoticeTask>> lines = lines(notices.stream().map(x -> x.id).toList());
        Map<UUID, UrgingEscalation> escalations = escalationsOf(notices.stream().map(x -> x.id).toList());
        return notices.stream().map(x -> {
            List<UrgingNoticeTask> seen = visible(x, lines.getOrDefault(x.id, List.of()));
            return new NoticeView(x, seen, escalated(seen, escalations));
        }).toList();
    }

    /** Escalations addressed to or caused by the caller's units, in (escalatedAt, id) order; {@code limit} + 1. */
    public List<UrgingEscalation> escalations(UUID addressedUnitId, UUID taskId, OffsetDateTime afterAt, UUID afterId,
            int limit) {
        Filters filters = new Filters()
                .and("(addressedUnitId in :units or issuingUnitId in :units)", "units", access.unitsOrAll())
                .and("addressedUnitId = :addressed", "addressed", addressedUnitId)
                .and("taskId = :task", "task", taskId)
                .after("escalatedAt", afterAt, afterId);
        return UrgingEscalation.<UrgingEscalation>find(filters.orderedBy("escalatedAt"), filters.params())
                .page(0, limit + 1).list();
    }

    /** The notice's tasks as the caller may see them: all for the issuing unit, else those of the caller's units. */
    private List<UrgingNoticeTask> visible(UrgingNotice notice, List<UrgingNoticeTask> lines) {
        if (access.covers(notice.issuingUnitId)) {
            return lines;
        }
        return lines.stream().filter(l -> access.covers(l.leadUnitId) || access.covers(l.assigningUnitId)).toList();
    }

    /** The requested tasks in id order (the order their counters are locked in), or 422 naming each refused one. */
    private List<Task> urgeable(OrgUnitView issuer, List<UUID> ids, LocalDate today) {
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() < ids.size()) {
            throw ProblemException.invalid("taskIds", ProblemText.of("field.task-twice"));
        }
        Map<UUID, Task> found = Task.<Task>list("id in ?1", distinct).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        Set<UUID> issuerSubtree = new HashSet<>(tree.subtrees(List.of(issuer.id)));
        LocalDate latest = today.plusDays(settings.urgeableWithinDays());
        List<Map.Entry<String, ProblemText>> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Task t = found.get(ids.get(i));
            String field = "taskIds[" + i + "]";
            if (t == null || !access.coversAny(t.units())) {
                errors.add(Map.entry(field, ProblemText.of("field.urge-unseen").with("task", ids.get(i))));
            } else if (!issuerSubtree.contains(t.assigningUnitId)) {
                errors.add(Map.entry(field, ProblemText.of("field.urge-not-assigner").with("task", t.named())
                        .with("assigner", UnitAccess.nameOf(t.assigningUnitId)).with("issuer", issuer.name)));
            } else if (!URGEABLE.contains(t.status)) {
                errors.add(Map.entry(field, ProblemText.of(t.status == TaskStatus.SUBMITTED
                        ? "field.urge-submitted" : "field.urge-status").with("task", t.named())
                        .with("status", t.status)));
            } else if (t.deadline.isAfter(latest)) {
                errors.add(Map.entry(field, ProblemText.of("field.urge-not-due").with("task", t.named())
                        .with("deadline", t.deadline).with("latest", latest)));
            }
        }
        if (!errors.isEmpty()) {
            ProblemException refused = new ProblemException(422, "not-urgeable", ProblemText.of("not-urgeable")
                    .with("count", errors.size()).with("total", ids.size()));
            errors.forEach(error -> refused.field(error.getKey(), error.getValue()));
            throw refused;
        }
        return distinct.stream().sorted().map(found::get).toList();
    }

    /** The next number of the unit's year: the counter row stays locked until this transaction ends. */
    private int nextNumber(UUID unit, int year) {
        Object next = em.createNativeQuery("""
                insert into urging_notice_counter (issuing_unit_id, year, last_number) values (:unit, :year, 1)
                on conflict (issuing_unit_id, year) do update set last_number = urging_notice_counter.last_number + 1
                returning last_number""").setParameter("unit", unit).setParameter("year", year).getSingleResult();
        return ((Number) next).intValue();
    }

    /** The tasks' notice counts, created at 0 when missing, locked in task id order until the notice commits. */
    private Map<UUID, TaskUrging> lockCounts(List<UUID> taskIds) {
        em.createNativeQuery("insert into task_urging (task_id, notice_count) select id, 0 from unnest(cast(:ids as "
                + "uuid[])) as t(id) order by id on conflict (task_id) do nothing")
                .setParameter("ids", array(taskIds)).executeUpdate();
        return TaskUrging.<TaskUrging>find("taskId in ?1 order by taskId", taskIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(u -> u.taskId, Function.identity()));
    }

    private static Map<UUID, List<UrgingNoticeTask>> lines(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return UrgingNoticeTask.<UrgingNoticeTask>list("noticeId in ?1 order by title, taskId", noticeIds).stream()
                .collect(Collectors.groupingBy(l -> l.noticeId));
    }

    /** The escalations the notices caused, by task id (a task is escalated once, so by one notice only). */
    private static Map<UUID, UrgingEscalation> escalationsOf(Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return UrgingEscalation.<UrgingEscalation>list("noticeId in ?1", noticeIds).stream()
                .collect(Collectors.toMap(e -> e.taskId, Function.identity()));
    }

    /** Those of {@code escalations} that the notice of {@code lines} caused, by task id. */
    private static Map<UUID, UrgingEscalation> escalated(List<UrgingNoticeTask> lines,
            Map<UUID, UrgingEscalation> escalations) {
        Map<UUID, UrgingEscalation> mine = new HashMap<>();
        for (UrgingNoticeTask l : lines) {
            UrgingEscalation e = escalations.get(l.taskId);
            if (e != null && e.noticeId.equals(l.noticeId)) {
                mine.put(l.taskId, e);
            }
        }
        return mine;
    }

    private static String[] array(List<UUID> ids) {
        return ids == null ? null : ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static ProblemException unprocessable(String slug, String field, ProblemText message) {
        return new ProblemException(422, slug, ProblemText.of("urging-rule").with("field", field)
                .with("message", message)).field(field, message);
    }
}
