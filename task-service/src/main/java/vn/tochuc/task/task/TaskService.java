package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditEntry;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.document.SourceDocument;
import vn.tochuc.task.period.Period;

/**
 * Tasks: writing them, giving them down the org tree, their status steps, progress, extensions and grades. Every
 * change is one transaction with its audit row, its events (outbox), its sync-log row and the roll-up of the
 * ancestors' progress.
 * <p>
 * Access (callers' methods): a task is seen by callers acting for its lead, assigning or a cooperating unit (else
 * 404, as if missing). The lead unit reports progress, starts, submits, asks for extensions and assigns further down;
 * the assigning level assigns a draft, accepts, returns, holds, resumes, cancels, closes as not completed, decides
 * extensions and grades (403 naming who may, for a caller who sees the task but is not that level). Writes name the
 * version they were based on ({@code expectedVersion}, from If-Match): 412 when stale.
 * <p>
 * For other features of task-service (no HTTP, no caller scope; changes are recorded as {@link AuditTrail#SYSTEM}):
 * <ul>
 * <li>{@link #createSystemTask(NewSystemTask)} gives a unit a task the service decided on (e.g. "kiện toàn chức danh
 * còn thiếu" with key {@code vacancy:<positionId>}); idempotent on the key while the task is open;</li>
 * <li>{@link #findOpenSystemTask(String)}, {@link #completeSystemTask(String, String)} (the fact waited for happened:
 * COMPLETED today) and {@link #cancelSystemTask(String, String)};</li>
 * <li>{@link #handOverOpenTasks(UUID, UUID, LocalDate, String)} passes a ceased unit's open tasks to its
 * successor (merge, consolidation, split, dissolution in org-service);</li>
 * <li>{@link TaskQueries#dueBetween} and {@link TaskQueries#overdueOn} list the open tasks to remind about.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskService {

    static final String AUDIT_TYPE = "task";

    private final UnitAccess access;
    private final TaskQueries queries;
    private final TaskEvents events;
    private final TaskRollUp rollUp;
    private final TaskChangeLog changes;
    private final AuditTrail audit;
    private final BoardCalendar calendar;

    TaskService(UnitAccess access, TaskQueries queries, TaskEvents events, TaskRollUp rollUp, TaskChangeLog changes,
            AuditTrail audit, BoardCalendar calendar) {
        this.access = access;
        this.queries = queries;
        this.events = events;
        this.rollUp = rollUp;
        this.changes = changes;
        this.audit = audit;
        this.calendar = calendar;
    }

    /**
     * Writes a root task as a draft (or, recording the past, as assigned on {@code assignedOn}); its lead unit must be
     * the assigning unit or below it, both in scope.
     */
    @Transactional
    public Task create(NewTask t, Actor actor) {
        UUID assigning = t.assigningUnitId() == null ? t.leadUnitId() : t.assigningUnitId();
        access.requireUnit("assigningUnitId", assigning);
        access.requireUnit("leadUnitId", t.leadUnitId());
        if (!queries.within(assigning, t.leadUnitId())) {
            throw Task.unprocessable("unit-outside-subtree", "leadUnitId", ProblemText.of("field.lead-below-assigning")
                    .with("unit", UnitAccess.nameOf(assigning)));
        }
        if (t.cooperatingUnitIds() != null) {
            t.cooperatingUnitIds().forEach(u -> access.requireUnit("cooperatingUnitIds", u));
        }
        requireDocument(t.documentId());
        LocalDate today = calendar.today();
        LocalDate from = t.assignedOn() == null ? today : recordedDay(t.assignedOn(), "assignedOn", null);
        if (t.deadline().isBefore(from)) {
            throw Task.unprocessable("deadline-before-assignment", "deadline", t.assignedOn() == null
                    ? ProblemText.of("field.before-today").with("today", today)
                    : ProblemText.of("field.before-assigned-day").with("date", from));
        }
        Task task = Task.draft(t, assigning, actor.subject());
        task.persist();
        TaskDeadline.of(task, from, actor.subject(), null).persist();
        Task.flush();
        events.created(task);
        audit.record(AUDIT_TYPE, task.id, "CREATED", actor, TaskEvents.TaskData.of(task));
        if (t.assignedOn() != null) {
            task.assign(from);
            stepped(task, TaskStep.ASSIGN, actor);
        }
        changes.changed(List.of(task));
        return task;
    }

    /** The task, when the caller sees it (404 otherwise). */
    public Task get(UUID id) {
        return access.reachable(Task.findByIdOptional(id), Task::units, "task", id);
    }

    /** The tasks the caller sees, by the filter, in (deadline, id) order after the keyset position. */
    public List<Task> list(TaskFilter filter, LocalDate afterDeadline, UUID afterId, int limit) {
        return queries.list(filter, access.unitsOrAll(), calendar.today(), afterDeadline, afterId, limit);
    }

    /** Every deadline the task had, first one first. */
    public List<TaskDeadline> deadlines(UUID id) {
        return TaskDeadline.list("taskId = ?1 order by recordedAt, id", get(id).id);
    }

    /** The extensions asked for the task, oldest first. */
    public List<TaskExtension> extensions(UUID id) {
        return TaskExtension.list("taskId = ?1 order by requestedAt, id", get(id).id);
    }

    /** The task's grades, by period. */
    public List<TaskOutcome> outcomes(UUID id) {
        return TaskOutcome.list("taskId = ?1 order by periodCode, id", get(id).id);
    }

    /** The progress reported on the task, oldest first, after the keyset position. */
    public List<ProgressReport> progressReports(UUID id, OffsetDateTime afterAt, UUID afterId, int limit) {
        Filters filters = new Filters().and("taskId = :task", "task", get(id).id).after("reportedAt", afterAt, afterId);
        return ProgressReport.<ProgressReport>find(filters.orderedBy("reportedAt"), filters.params())
                .page(0, limit).list();
    }

    /** The task's audit trail (its reports, extensions and grades included), oldest first. */
    public List<AuditEntry> audit(UUID id, OffsetDateTime afterAt, UUID afterId, int limit) {
        Filters filters = new Filters().and("entityType = :type", "type", AUDIT_TYPE)
                .and("entityId = :task", "task", get(id).id).after("at", afterAt, afterId);
        return AuditEntry.<AuditEntry>find(filters.orderedBy("at"), filters.params()).page(0, limit).list();
    }

    /**
     * Gives the task to units below its lead unit (the caller acts for the lead unit): one child task per unit,
     * assigned today. Units already given the task (a live child) are refused with 409.
     */
    @Transactional
    public List<Task> assign(UUID id, long expectedVersion, NewAssignment a, Actor actor) {
        Task parent = writable(id, expectedVersion);
        requireLead(parent, "give it further down");
        List<UUID> units = unitsFor(parent, a);
        List<UUID> taken = queries.alreadyAssigned(parent.id, units);
        if (!taken.isEmpty()) {
            throw ProblemException.conflict("already-assigned", ProblemText.of("already-assigned")
                    .with("task", parent.named()).with("units", taken.stream().map(UnitAccess::nameOf).toList())
                    .with("id", id));
        }
        LocalDate today = recordedDay(a.assignedOn(), "assignedOn", parent.assignedOn);
        List<Task> children = new ArrayList<>(units.size());
        for (UUID unit : units) {
            Task child = parent.assignTo(unit, a.deadline(), a.weight(), today, actor.subject());
            child.persist();
            TaskDeadline.of(child, today, actor.subject(), null).persist();
            children.add(child);
        }
        Task.flush();
        events.assigned(children);
        for (Task child : children) {
            audit.record(AUDIT_TYPE, child.id, "ASSIGNED", actor, TaskEvents.TaskData.of(child));
        }
        audit.record(AUDIT_TYPE, parent.id, "ASSIGNED_DOWN", actor, new AssignedDown(units));
        List<Task> changed = new ArrayList<>(children);
        changed.addAll(rolledUp(parent));
        changes.changed(changed);
        return children;
    }

    /** What a write on a task made, with the task as it is after the write (for its new ETag). */
    public record Changed<T>(Task task, T result) {
    }

    /** The units an assignment gives the task to, in its audit row. */
    record AssignedDown(List<UUID> unitIds) {
    }

    /** One status step; see {@link TaskStep} for who takes which. Cancelling takes the open subtasks along. */
    @Transactional
    public Task step(UUID id, long expectedVersion, TaskStep step, String reason, LocalDate on, Actor actor) {
        Task task = writable(id, expectedVersion);
        if (on != null && step != TaskStep.ACCEPT) {
            throw ProblemException.invalid("on", ProblemText.of("field.on-only-accept").with("step", step));
        }
        if (TaskStep.NEED_REASON.contains(step) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", ProblemText.of("field.reason-required").with("step", step));
        }
        if (TaskStep.BY_LEAD_UNIT.contains(step)) {
            requireLead(task, step.name().toLowerCase() + " it");
        } else {
            requireAssigning(task, step.name().toLowerCase().replace('_', ' ') + " it");
        }
        if (step == TaskStep.CANCEL) {
            cancelWithSubtasks(task, reason, actor);
            return task;
        }
        apply(task, step, reason, recordedDay(on, "on", task.assignedOn));
        stepped(task, step, actor);
        List<Task> changed = new ArrayList<>(List.of(task));
        changed.addAll(rolledUp(task));
        changes.changed(changed);
        return task;
    }

    /** The lead unit reports progress on its own task; a task just assigned is under way from then. */
    @Transactional
    public Changed<ProgressReport> reportProgress(UUID id, long expectedVersion, NewProgressReport r, Actor actor) {
        Task task = writable(id, expectedVersion);
        requireLead(task, "report progress on it");
        if (r.percent() == null || r.percent().signum() < 0 || r.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid("percent", ProblemText.of("field.percent"));
        }
        LocalDate day = recordedDay(r.reportedOn(), "reportedOn", task.assignedOn);
        task.reportProgress(r.percent());
        ProgressReport report = ProgressReport.of(task, r, day, actor.subject());
        report.persist();
        List<Task> changed = new ArrayList<>(List.of(task));
        changed.addAll(rolledUp(task));
        events.progressReported(task, report);
        audit.record(AUDIT_TYPE, task.id, "PROGRESS_REPORTED", actor, report.percent);
        changes.changed(changed);
        return new Changed<>(task, report);
    }

    /** The lead unit asks to move the deadline later (one request at a time; not past the parent's deadline). */
    @Transactional
    public Changed<TaskExtension> requestExtension(UUID id, long expectedVersion, LocalDate newDeadline, String reason,
            Actor actor) {
        Task task = writable(id, expectedVersion);
        requireLead(task, "ask for an extension");
        task.requireOpenForExtension();
        TaskExtension extension = TaskExtension.request(task, newDeadline, reason, actor.subject());
        requireWithinParent(task, newDeadline);
        if (TaskExtension.count("taskId = ?1 and status = ?2", task.id, ExtensionStatus.REQUESTED) > 0) {
            throw ProblemException.conflict("extension-pending", ProblemText.of("extension-pending")
                    .with("task", task.named()).with("id", id));
        }
        extension.persist();
        TaskExtension.flush();
        events.extension(task, extension);
        audit.record(AUDIT_TYPE, task.id, "EXTENSION_REQUESTED", actor, TaskEvents.ExtensionData.of(task, extension));
        return new Changed<>(task, extension);
    }

    /** The assigning level approves (the deadline moves, and stays on record) or refuses an extension. */
    @Transactional
    public Changed<TaskExtension> decideExtension(UUID id, UUID extensionId, long expectedVersion, boolean approve,
            String note, Actor actor) {
        Task task = writable(id, expectedVersion);
        requireAssigning(task, "decide on its extensions");
        TaskExtension extension = TaskExtension.<TaskExtension>find("id = ?1 and taskId = ?2", extensionId, task.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("extension of task " + id,
                        extensionId));
        LocalDate today = calendar.today();
        if (approve) {
            task.requireOpenForExtension();
            requireWithinParent(task, extension.requestedDeadline);
            extension.approve(today, note, actor.subject());
            task.extendTo(extension.requestedDeadline);
            TaskDeadline.of(task, today, actor.subject(), extension.id).persist();
        } else {
            extension.refuse(today, note, actor.subject());
        }
        Task.flush();
        events.extension(task, extension);
        audit.record(AUDIT_TYPE, task.id, approve ? "EXTENDED" : "EXTENSION_REFUSED", actor,
                TaskEvents.ExtensionData.of(task, extension));
        if (approve) {
            changes.changed(List.of(task));
        }
        return new Changed<>(task, extension);
    }

    /** The assigning level grades the task for a period, once per period. */
    @Transactional
    public Changed<TaskOutcome> grade(UUID id, long expectedVersion, Period period, OutcomeGrade grade, String note,
            Actor actor) {
        Task task = writable(id, expectedVersion);
        requireAssigning(task, "grade it");
        if (TaskOutcome.count("taskId = ?1 and periodCode = ?2", task.id, period.code()) > 0) {
            throw ProblemException.conflict("already-graded", ProblemText.of("already-graded")
                    .with("task", task.named()).with("period", period.code()).with("id", id));
        }
        task.graded();
        TaskOutcome outcome = TaskOutcome.of(task, period, grade, note, actor.subject());
        outcome.persist();
        Task.flush();
        events.graded(task, outcome);
        audit.record(AUDIT_TYPE, task.id, "GRADED", actor, new Graded(period.code(), grade));
        changes.changed(List.of(task));
        return new Changed<>(task, outcome);
    }

    record Graded(String period, OutcomeGrade grade) {
    }

    /**
     * Gives a unit a task the service decided on itself, assigned today, or returns the open one with the same key.
     * The lead unit must be known to the org read model (422 otherwise).
     */
    @Transactional
    public Task createSystemTask(NewSystemTask t) {
        Optional<Task> open = findOpenSystemTask(t.systemKey());
        if (open.isPresent()) {
            return open.get();
        }
        if (t.leadUnitId() == null || OrgUnitView.findById(t.leadUnitId()) == null) {
            throw new ProblemException(422, "unknown-unit", ProblemText.of("unknown-unit.system-task")
                    .with("unit", t.leadUnitId()).with("task", t.systemKey()));
        }
        Task task = Task.system(t, calendar.today(), AuditTrail.SYSTEM.subject());
        task.persist();
        TaskDeadline.of(task, task.assignedOn, AuditTrail.SYSTEM.subject(), null).persist();
        Task.flush();
        events.assigned(List.of(task));
        audit.record(AUDIT_TYPE, task.id, "ASSIGNED", AuditTrail.SYSTEM, TaskEvents.TaskData.of(task));
        changes.changed(List.of(task));
        return task;
    }

    /** The open task the service gave with this key, if any. */
    public Optional<Task> findOpenSystemTask(String systemKey) {
        return Task.<Task>find("systemKey = ?1 and status not in ?2", systemKey, TaskStatus.FINAL)
                .firstResultOptional();
    }

    /** Closes the open task of this key as COMPLETED today (what it waited for happened); empty if none is open. */
    @Transactional
    public Optional<Task> completeSystemTask(String systemKey, String note) {
        Optional<Task> open = findOpenSystemTask(systemKey);
        open.ifPresent(task -> {
            task.closeAsDone(calendar.today(), note);
            stepped(task, TaskStep.ACCEPT, AuditTrail.SYSTEM);
            List<Task> changed = new ArrayList<>(List.of(task));
            changed.addAll(rolledUp(task));
            changes.changed(changed);
        });
        return open;
    }

    /** Cancels the open task of this key (it is no longer needed); empty if none is open. */
    @Transactional
    public Optional<Task> cancelSystemTask(String systemKey, String reason) {
        Optional<Task> open = findOpenSystemTask(systemKey);
        open.ifPresent(task -> cancelWithSubtasks(task, reason, AuditTrail.SYSTEM));
        return open;
    }

    /**
     * Passes the open tasks of {@code fromUnit} (led, given or shared by it) to {@code toUnit}, which succeeds it on
     * {@code effectiveOn}; the audit trail and the {@code handed-over} event keep the original unit. A task the
     * successor already has from the same parent (both units were given it) is cancelled instead, with the reason:
     * one unit cannot hold the same assignment twice; what that copy had given further down moves under the copy the
     * successor keeps, so no unit below loses its task (a second copy for the same unit below is cancelled too).
     * Closed tasks stay with the unit that closed them. Devices of the old unit's officers get tombstones from the sync
     * feed.
     *
     * @return the tasks handed over (not those cancelled)
     */
    @Transactional
    public List<Task> handOverOpenTasks(UUID fromUnit, UUID toUnit, LocalDate effectiveOn, String reason) {
        List<Task> handed = new ArrayList<>();
        for (Task task : queries.openTasksOf(fromUnit)) {
            if (task.status.isFinal()) {
                continue; // cancelled above with a task it was given down from
            }
            Set<UUID> before = task.units();
            Optional<Task> kept = task.leadUnitId.equals(fromUnit) && task.parentId != null
                    ? queries.childFor(task.parentId, toUnit) : Optional.empty();
            if (kept.isPresent()) {
                mergeInto(task, kept.get(), "Handed over to " + toUnit + ", which already has this task: " + reason);
                continue;
            }
            task.handOver(fromUnit, toUnit);
            Task.flush();
            events.handedOver(task, fromUnit, toUnit, effectiveOn, reason);
            audit.record(AUDIT_TYPE, task.id, "HANDED_OVER", AuditTrail.SYSTEM,
                    new HandedOver(fromUnit, toUnit, effectiveOn, reason));
            changes.moved(task, before);
            handed.add(task);
        }
        return handed;
    }

    record HandedOver(UUID fromUnitId, UUID toUnitId, LocalDate effectiveOn, String reason) {
    }

    record MovedUnder(UUID fromParentId, UUID toParentId, String reason) {
    }

    /** Cancels a second copy of {@code kept}, after moving what it gave further down under {@code kept}. */
    private void mergeInto(Task copy, Task kept, String reason) {
        for (Task child : queries.openChildren(copy.id)) {
            if (!queries.alreadyAssigned(kept.id, List.of(child.leadUnitId)).isEmpty()) {
                cancelWithSubtasks(child, reason, AuditTrail.SYSTEM);
                continue;
            }
            child.moveUnder(kept);
            Task.flush();
            audit.record(AUDIT_TYPE, child.id, "MOVED_UNDER", AuditTrail.SYSTEM,
                    new MovedUnder(copy.id, kept.id, reason));
            List<Task> changed = new ArrayList<>(List.of(child));
            changed.addAll(rolledUp(child));
            changes.changed(changed);
        }
        cancelWithSubtasks(copy, reason, AuditTrail.SYSTEM);
    }

    /** Cancels the task and the open tasks given down from it, each with its event, audit row and sync entry. */
    private void cancelWithSubtasks(Task task, String reason, Actor actor) {
        List<Task> changed = new ArrayList<>();
        for (Task below : queries.openDescendants(task.id)) {
            below.cancel("Cancelled with task " + task.id + ": " + reason);
            stepped(below, TaskStep.CANCEL, actor);
            changed.add(below);
        }
        task.cancel(reason);
        stepped(task, TaskStep.CANCEL, actor);
        changed.add(task);
        changed.addAll(rolledUp(task));
        changes.changed(changed);
    }

    private void apply(Task task, TaskStep step, String reason, LocalDate day) {
        switch (step) {
            case ASSIGN -> task.assign(calendar.today());
            case START -> task.start();
            case SUBMIT -> task.submit();
            case ACCEPT -> task.accept(day);
            case RETURN -> task.giveBack(reason);
            case MARK_NOT_COMPLETED -> task.markNotCompleted(reason);
            case HOLD -> task.hold(reason);
            case RESUME -> task.resume();
        }
    }

    /**
     * The day a write counts from: today, or a past day given to record history (a province-wide role replaying what
     * happened before the suite existed, such as the 2020-2025 term); never after today, nor before {@code notBefore}
     * (the day the task was assigned) when there is one.
     */
    private LocalDate recordedDay(LocalDate given, String field, LocalDate notBefore) {
        LocalDate today = calendar.today();
        if (given == null) {
            return today;
        }
        access.requireProvinceWide("record a step, an assignment or a report on a past day (" + field + ")");
        if (given.isAfter(today)) {
            throw ProblemException.invalid(field, ProblemText.of("field.after-today").with("today", today));
        }
        if (notBefore != null && given.isBefore(notBefore)) {
            throw Task.unprocessable("before-assignment", field, ProblemText.of("field.before-assigned-day")
                    .with("date", notBefore));
        }
        return given;
    }

    private void stepped(Task task, TaskStep step, Actor actor) {
        Task.flush();
        events.stepped(task, step);
        audit.record(AUDIT_TYPE, task.id, step.name(), actor, TaskEvents.TaskData.of(task));
    }

    /** The task's own rolled-up value and its ancestors', after a change; returns the ancestors that changed. */
    private List<Task> rolledUp(Task task) {
        return rollUp.after(task);
    }

    private Task writable(UUID id, long expectedVersion) {
        Task task = get(id);
        EntityVersions.requireMatch(Long.toString(expectedVersion), task.version);
        return task;
    }

    private List<UUID> unitsFor(Task parent, NewAssignment a) {
        boolean byKind = a.unitKind() != null && !a.unitKind().isBlank();
        boolean byList = a.unitIds() != null && !a.unitIds().isEmpty();
        if (byKind == byList) {
            throw ProblemException.invalid(byKind ? "unitIds" : "unitKind", ProblemText.of(byKind
                    ? "field.kind-or-ids.both" : "field.kind-or-ids.neither"));
        }
        if (byKind) {
            List<UUID> units = queries.unitsOfKindBelow(parent.leadUnitId, a.unitKind().strip());
            if (units.isEmpty()) {
                throw Task.unprocessable("no-units-of-kind", "unitKind", ProblemText.of("field.no-units-of-kind")
                        .with("unit", UnitAccess.nameOf(parent.leadUnitId)));
            }
            return units;
        }
        Set<UUID> asked = new LinkedHashSet<>(a.unitIds());
        if (asked.contains(null)) {
            throw ProblemException.invalid("unitIds", ProblemText.of("field.null-ids"));
        }
        Set<UUID> outside = new LinkedHashSet<>(asked);
        outside.removeAll(queries.unitsBelow(parent.leadUnitId, asked));
        asked.stream().filter(u -> !access.covers(u)).forEach(outside::add);
        if (!outside.isEmpty()) {
            throw Task.unprocessable("unit-outside-subtree", "unitIds", ProblemText.of("field.units-below-lead")
                    .with("unit", UnitAccess.nameOf(parent.leadUnitId)).with("outside", outside));
        }
        return List.copyOf(asked);
    }

    private void requireWithinParent(Task task, LocalDate deadline) {
        if (task.parentId == null) {
            return;
        }
        Task parent = Task.findById(task.parentId);
        if (deadline.isAfter(parent.deadline)) {
            throw Task.unprocessable("deadline-after-parent", "newDeadline", ProblemText.of("field.after-parent-task")
                    .with("date", parent.deadline).with("task", parent.named()));
        }
    }

    private void requireDocument(UUID documentId) {
        if (documentId != null && SourceDocument.findById(documentId) == null) {
            throw new ProblemException(422, "unknown-document", ProblemText.of("unknown-document")
                    .with("id", documentId)
                    .with("field", "documentId"));
        }
    }

    private void requireLead(Task task, String what) {
        if (!access.covers(task.leadUnitId)) {
            throw new ProblemException(403, "not-lead-unit", ProblemText.of("not-lead-unit")
                    .with("unit", UnitAccess.nameOf(task.leadUnitId)).with("task", task.named()).with("what", what));
        }
    }

    private void requireAssigning(Task task, String what) {
        if (!access.covers(task.assigningUnitId)) {
            throw new ProblemException(403, "not-assigning-level", ProblemText.of("not-assigning-level")
                    .with("unit", UnitAccess.nameOf(task.assigningUnitId)).with("task", task.named())
                    .with("what", what));
        }
    }
}
