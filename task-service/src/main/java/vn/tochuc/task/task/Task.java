package vn.tochuc.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * A task of a unit, in a tree: the root is given by a unit (or comes from a source document), and each assignment
 * down the org tree makes one child per unit. Status moves are the methods below; each refuses a move its status
 * does not allow (409 naming the steps that are allowed).
 */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    private static final Map<TaskStatus, Set<TaskStep>> STEPS = Map.of(
            TaskStatus.DRAFT, EnumSet.of(TaskStep.ASSIGN, TaskStep.CANCEL),
            TaskStatus.ASSIGNED, EnumSet.of(TaskStep.START, TaskStep.SUBMIT, TaskStep.HOLD,
                    TaskStep.MARK_NOT_COMPLETED, TaskStep.CANCEL),
            TaskStatus.IN_PROGRESS, EnumSet.of(TaskStep.SUBMIT, TaskStep.HOLD, TaskStep.MARK_NOT_COMPLETED,
                    TaskStep.CANCEL),
            TaskStatus.SUBMITTED, EnumSet.of(TaskStep.ACCEPT, TaskStep.RETURN, TaskStep.MARK_NOT_COMPLETED,
                    TaskStep.CANCEL),
            TaskStatus.ON_HOLD, EnumSet.of(TaskStep.RESUME, TaskStep.MARK_NOT_COMPLETED, TaskStep.CANCEL),
            TaskStatus.COMPLETED, EnumSet.noneOf(TaskStep.class),
            TaskStatus.NOT_COMPLETED, EnumSet.noneOf(TaskStep.class),
            TaskStatus.CANCELLED, EnumSet.noneOf(TaskStep.class));

    @Id
    public UUID id;

    @Column(name = "root_id", nullable = false)
    public UUID rootId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "document_id")
    public UUID documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskKind kind;

    @Column(nullable = false)
    public String title;

    public String description;

    /** The unit that carries the task out (chủ trì). */
    @Column(name = "lead_unit_id", nullable = false)
    public UUID leadUnitId;

    /** Units that take part (phối hợp); they see the task. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperating_unit_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] cooperatingUnitIds;

    /** The unit that gave the task (its parent's lead unit; for a root, the unit that owns it). */
    @Column(name = "assigning_unit_id", nullable = false)
    public UUID assigningUnitId;

    /** The cadre responsible: a cadre-service person id and name as given, not checked against cadre-service. */
    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "cadre_name")
    public String cadreName;

    /** Moves only through an approved extension; every value stays in {@code task_deadline}. */
    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "expected_result")
    public String expectedResult;

    @Column(nullable = false)
    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "roll_up_method", nullable = false)
    public RollUpMethod rollUpMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    public TaskStatus heldFrom;

    /** Why the task was last returned, held, cancelled or closed as not completed. */
    @Column(name = "status_reason")
    public String statusReason;

    /** The percent its lead unit last reported. */
    @Column(nullable = false)
    public BigDecimal progress;

    /** Its children's progress combined by {@link #rollUpMethod}; its own progress while no child counts. */
    @Column(name = "rolled_up_progress", nullable = false)
    public BigDecimal rolledUpProgress;

    @Column(name = "assigned_on")
    public LocalDate assignedOn;

    /** The Board's calendar day the assigning level accepted the result. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "system_key")
    public String systemKey;

    /** The lead unit before the task was first handed over to a successor unit (null: never handed over). */
    @Column(name = "original_lead_unit_id")
    public UUID originalLeadUnitId;

    /** The assigning unit before the task was first handed over to a successor unit. */
    @Column(name = "original_assigning_unit_id")
    public UUID originalAssigningUnitId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A root task, written as a draft: nothing is asked of the lead unit until it is assigned. */
    static Task draft(NewTask t, UUID assigningUnitId, String by) {
        Task task = blank(UUID.randomUUID(), by);
        task.rootId = task.id;
        task.documentId = t.documentId();
        task.kind = t.kind();
        task.title = t.title();
        task.description = t.description();
        task.leadUnitId = t.leadUnitId();
        task.cooperatingUnitIds = t.cooperatingUnitIds() == null ? new UUID[0]
                : t.cooperatingUnitIds().toArray(UUID[]::new);
        task.assigningUnitId = assigningUnitId;
        task.cadreId = t.cadreId();
        task.cadreName = t.cadreName();
        task.deadline = t.deadline();
        task.expectedResult = t.expectedResult();
        task.weight = t.weight() == null ? BigDecimal.ONE : t.weight();
        task.rollUpMethod = t.rollUpMethod() == null ? RollUpMethod.WEIGHTED : t.rollUpMethod();
        task.status = TaskStatus.DRAFT;
        return task;
    }

    /** A root task the service gives a unit by itself: assigned from the start. */
    static Task system(NewSystemTask t, LocalDate today, String by) {
        Task task = blank(UUID.randomUUID(), by);
        task.rootId = task.id;
        task.systemKey = t.systemKey();
        task.documentId = t.documentId();
        task.kind = t.kind() == null ? TaskKind.AD_HOC : t.kind();
        task.title = t.title();
        task.description = t.description();
        task.leadUnitId = t.leadUnitId();
        task.cooperatingUnitIds = new UUID[0];
        task.assigningUnitId = t.assigningUnitId() == null ? t.leadUnitId() : t.assigningUnitId();
        task.deadline = t.deadline();
        task.expectedResult = t.expectedResult();
        task.weight = BigDecimal.ONE;
        task.rollUpMethod = RollUpMethod.WEIGHTED;
        task.requireDeadlineFrom(today, "deadline");
        task.status = TaskStatus.ASSIGNED;
        task.assignedOn = today;
        return task;
    }

    /**
     * The child task that gives this task to {@code unit}: same document, kind, title, description and expected
     * result, due on {@code deadline} (not before {@code today}, not after this task's deadline), assigned today.
     */
    Task assignTo(UUID unit, LocalDate childDeadline, BigDecimal childWeight, LocalDate today, String by) {
        if (status != TaskStatus.ASSIGNED && status != TaskStatus.IN_PROGRESS) {
            throw ProblemException.conflict("not-assignable", ProblemText.of(status == TaskStatus.DRAFT
                    ? "not-assignable.draft" : "not-assignable").with("task", named()).with("status", status)
                    .with("id", id));
        }
        LocalDate due = childDeadline == null ? deadline : childDeadline;
        if (due.isAfter(deadline)) {
            throw unprocessable("deadline-after-parent", "deadline", ProblemText.of("field.after-parent-deadline")
                    .with("date", deadline));
        }
        Task child = blank(UUID.randomUUID(), by);
        child.rootId = rootId;
        child.parentId = id;
        child.documentId = documentId;
        child.kind = kind;
        child.title = title;
        child.description = description;
        child.leadUnitId = unit;
        child.cooperatingUnitIds = new UUID[0];
        child.assigningUnitId = leadUnitId;
        child.deadline = due;
        child.requireDeadlineFrom(today, "deadline");
        child.expectedResult = expectedResult;
        child.weight = childWeight == null ? BigDecimal.ONE : childWeight;
        child.rollUpMethod = rollUpMethod;
        child.status = TaskStatus.ASSIGNED;
        child.assignedOn = today;
        return child;
    }

    /** DRAFT → ASSIGNED: the lead unit now has the task, from {@code today}. */
    void assign(LocalDate today) {
        require(TaskStep.ASSIGN);
        requireDeadlineFrom(today, "deadline");
        status = TaskStatus.ASSIGNED;
        assignedOn = today;
        touch();
    }

    void start() {
        require(TaskStep.START);
        status = TaskStatus.IN_PROGRESS;
        touch();
    }

    /** Records the lead unit's progress; a task just assigned is under way from its first report. */
    void reportProgress(BigDecimal percent) {
        if (status != TaskStatus.ASSIGNED && status != TaskStatus.IN_PROGRESS) {
            throw ProblemException.conflict("not-in-progress", ProblemText.of("not-in-progress").with("task", named())
                    .with("status", status));
        }
        status = TaskStatus.IN_PROGRESS;
        progress = percent;
        touch();
    }

    void submit() {
        require(TaskStep.SUBMIT);
        status = TaskStatus.SUBMITTED;
        statusReason = null;
        touch();
    }

    /** SUBMITTED → COMPLETED: completion counts from {@code today}, the day the assigning level accepts. */
    void accept(LocalDate today) {
        if (status == TaskStatus.COMPLETED) {
            throw ProblemException.conflict("already-accepted", ProblemText.of("already-accepted").with("task", named())
                    .with("date", completedOn));
        }
        require(TaskStep.ACCEPT);
        status = TaskStatus.COMPLETED;
        completedOn = today;
        touch();
    }

    /** SUBMITTED → IN_PROGRESS: the assigning level gives the result back. */
    void giveBack(String reason) {
        require(TaskStep.RETURN);
        status = TaskStatus.IN_PROGRESS;
        statusReason = reason;
        touch();
    }

    void markNotCompleted(String reason) {
        require(TaskStep.MARK_NOT_COMPLETED);
        status = TaskStatus.NOT_COMPLETED;
        heldFrom = null;
        statusReason = reason;
        touch();
    }

    void cancel(String reason) {
        require(TaskStep.CANCEL);
        status = TaskStatus.CANCELLED;
        heldFrom = null;
        statusReason = reason;
        touch();
    }

    void hold(String reason) {
        require(TaskStep.HOLD);
        heldFrom = status;
        status = TaskStatus.ON_HOLD;
        statusReason = reason;
        touch();
    }

    void resume() {
        require(TaskStep.RESUME);
        status = heldFrom;
        heldFrom = null;
        statusReason = null;
        touch();
    }

    /** The service closes a task it gave itself: the fact it waited for happened ({@code today}). */
    void closeAsDone(LocalDate today, String note) {
        if (status.isFinal() || status == TaskStatus.DRAFT) {
            throw ProblemException.conflict("not-open", ProblemText.of("not-open.close").with("task", named())
                    .with("status", status));
        }
        status = TaskStatus.COMPLETED;
        completedOn = today;
        heldFrom = null;
        statusReason = note;
        touch();
    }

    /**
     * The unit {@code from} ceased and {@code to} succeeds it: wherever the task names {@code from} (lead, assigning
     * or cooperating unit) it names {@code to} from now on. Only an open task passes on; a closed one stays with the
     * unit that closed it.
     */
    void handOver(UUID from, UUID to) {
        if (status.isFinal()) {
            throw ProblemException.conflict("not-open", ProblemText.of("not-open.hand-over").with("task", named())
                    .with("status", status));
        }
        if (leadUnitId.equals(from)) {
            originalLeadUnitId = originalLeadUnitId == null ? from : originalLeadUnitId;
            leadUnitId = to;
        }
        if (assigningUnitId.equals(from)) {
            originalAssigningUnitId = originalAssigningUnitId == null ? from : originalAssigningUnitId;
            assigningUnitId = to;
        }
        Set<UUID> cooperating = new LinkedHashSet<>(Arrays.asList(cooperatingUnitIds));
        if (cooperating.remove(from)) {
            cooperating.add(to);
            cooperating.remove(leadUnitId);
            cooperatingUnitIds = cooperating.toArray(UUID[]::new);
        }
        touch();
    }

    /**
     * This open task now hangs under {@code copy}: the task it was given down from was a second copy of {@code copy}
     * (two units that merged were both given it), and the work given down stays with the copy the successor keeps.
     */
    void moveUnder(Task copy) {
        if (status.isFinal()) {
            throw ProblemException.conflict("not-open", ProblemText.of("not-open.move").with("task", named())
                    .with("status", status));
        }
        parentId = copy.id;
        rootId = copy.rootId;
        touch();
    }

    /** An approved extension moves the deadline. */
    void extendTo(LocalDate newDeadline) {
        deadline = newDeadline;
        touch();
    }

    /** Whether an extension may still be asked and decided. */
    void requireOpenForExtension() {
        if (status.isFinal() || status == TaskStatus.DRAFT) {
            throw ProblemException.conflict("not-open", ProblemText.of("not-open.extend").with("task", named())
                    .with("status", status));
        }
    }

    /** A grade was given for a period: the task changed for its readers (new version). */
    void graded() {
        if (status == TaskStatus.DRAFT || status == TaskStatus.CANCELLED) {
            throw ProblemException.conflict("not-gradable", ProblemText.of("not-gradable").with("task", named())
                    .with("status", status));
        }
        touch();
    }

    /** @return whether the value changed */
    boolean rollUp(BigDecimal value) {
        if (rolledUpProgress != null && rolledUpProgress.compareTo(value) == 0) {
            return false;
        }
        rolledUpProgress = value;
        touch();
        return true;
    }

    /** Every unit that sees the task: its lead unit, the unit that gave it and its cooperating units. */
    public Set<UUID> units() {
        Set<UUID> units = new LinkedHashSet<>();
        units.add(leadUnitId);
        units.add(assigningUnitId);
        units.addAll(Arrays.asList(cooperatingUnitIds));
        return units;
    }

    public Timeliness timelinessOn(LocalDate day) {
        return TimelinessRule.asOf(status, deadline, completedOn, day);
    }

    /** The task as a refusal names it: its title, with the id to find it by. */
    public String named() {
        return "'" + title + "' (" + id + ")";
    }

    /** The steps its status allows now. */
    public Set<TaskStep> allowedSteps() {
        return STEPS.get(status);
    }

    private void require(TaskStep step) {
        if (!allowedSteps().contains(step)) {
            throw ProblemException.conflict("invalid-transition", ProblemText.of("invalid-transition.task")
                    .with("task", named()).with("status", status).with("step", step)
                    .with("allowed", allowedSteps().isEmpty() ? ProblemText.of("invalid-transition.none")
                            : java.util.List.copyOf(allowedSteps())));
        }
    }

    private void requireDeadlineFrom(LocalDate day, String field) {
        if (deadline.isBefore(day)) {
            throw unprocessable("deadline-before-assignment", field, ProblemText.of("field.before-assigned-day")
                    .with("date", day));
        }
    }

    private void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Task blank(UUID id, String by) {
        Task task = new Task();
        task.id = id;
        task.progress = BigDecimal.ZERO;
        task.rolledUpProgress = BigDecimal.ZERO;
        task.createdBy = by;
        task.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        task.updatedAt = task.createdAt;
        return task;
    }

    static ProblemException unprocessable(String slug, String field, ProblemText message) {
        return new ProblemException(422, slug, ProblemText.of("task-rule").with("field", field)
                .with("message", message))
                .field(field, message);
    }
}
