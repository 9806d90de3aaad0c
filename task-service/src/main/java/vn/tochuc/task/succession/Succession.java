package vn.tochuc.task.succession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.congress.CongressPlans;
import vn.tochuc.task.reaction.UnitSuccessor;
import vn.tochuc.task.reporting.ObligationStatus;
import vn.tochuc.task.reporting.ReportObligation;
import vn.tochuc.task.reporting.ReportObligationService;
import vn.tochuc.task.target.Target;
import vn.tochuc.task.target.TargetService;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskKind;
import vn.tochuc.task.task.TaskQueries;
import vn.tochuc.task.task.TaskService;

/**
 * What a unit that ceased owned passes on as of the effective date, each feature through its own Java API (its
 * events, audit rows and sync-feed rows, all in the caller's transaction):
 * <ul>
 * <li>one successor (merged, consolidated): open tasks, targets of a running term and open report obligations pass
 * to it; the unit's unheld congress plans are closed and the successor gets a plan if it has none;</li>
 * <li>dissolved: the parent takes those items over (nobody else carries the unit's work on); the plans are
 * closed;</li>
 * <li>split into several: no event says which new unit takes what, so the items stay with the ceased unit and its
 * parent gets a task "Phân công lại nhiệm vụ của đơn vị đã chia tách" listing them; the plans are closed and each
 * new unit gets a plan if it has none.</li>
 * </ul>
 * See docs/decisions.md, "Succession after restructuring (task-service)".
 */
@ApplicationScoped
public class Succession {

    private static final Logger LOG = Logger.getLogger(Succession.class);
    /** Items listed by name in the split task's description; the rest are counted (the column holds 10,000). */
    static final int LISTED = 40;
    private static final List<ObligationStatus> OPEN_OBLIGATIONS = List.of(ObligationStatus.DUE,
            ObligationStatus.SUBMITTED, ObligationStatus.RETURNED);

    private final TaskService tasks;
    private final TaskQueries taskQueries;
    private final TargetService targets;
    private final ReportObligationService obligations;
    private final CongressPlans congresses;
    private final BoardCalendar calendar;
    private final int reassignDays;

    Succession(TaskService tasks, TaskQueries taskQueries, TargetService targets, ReportObligationService obligations,
            CongressPlans congresses, BoardCalendar calendar,
            @ConfigProperty(name = "tochuc.succession.reassign-days", defaultValue = "30") int reassignDays) {
        this.tasks = tasks;
        this.taskQueries = taskQueries;
        this.targets = targets;
        this.obligations = obligations;
        this.congresses = congresses;
        this.calendar = calendar;
        this.reassignDays = reassignDays;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitCeased ceased, String eventId) {
        String reason = ceased.describe(eventId);
        OrgUnitView unit = OrgUnitView.findById(ceased.unitId());
        UUID parent = unit == null ? null : unit.parentId;
        // a dissolved unit's parent may have ceased the same day (the district committees dissolved on 1 July 2025
        // under a province that merged into another that day; events of two units come in no fixed order): the work
        // goes to whoever carries the parent's on
        UUID carrier = ceased.split() ? null : ceased.dissolved() ? (parent == null ? null
                : UnitSuccessor.carrierOf(parent, false)) : ceased.successorIds().get(0);
        congresses.closeForCeasedUnit(ceased.unitId(), ceased.successorIds(), ceased.effectiveDate(), reason);
        if (carrier != null) {
            tasks.handOverOpenTasks(ceased.unitId(), carrier, ceased.effectiveDate(), reason);
            targets.passToSuccessor(ceased.unitId(), carrier, ceased.effectiveDate(), reason);
            obligations.passToSuccessor(ceased.unitId(), carrier, AuditTrail.SYSTEM);
        } else {
            flagForReassignment(ceased, unit, parent, reason);
        }
    }

    /** The parent gets one task listing what stays with the unit (its key makes a second one impossible). */
    private void flagForReassignment(UnitCeased ceased, OrgUnitView unit, UUID parent, String reason) {
        List<String> items = new ArrayList<>();
        for (Task t : taskQueries.openTasksOf(ceased.unitId())) {
            items.add("Nhiệm vụ " + t.id + ": " + t.title + " (hạn " + t.deadline + ")");
        }
        for (Target t : Target.<Target>list("ownerUnitId = ?1 and termLastYear >= ?2 order by code, id",
                ceased.unitId(), ceased.effectiveDate().getYear())) {
            items.add("Chỉ tiêu " + t.code + " (" + t.id + "): " + t.name);
        }
        for (ReportObligation o : ReportObligation.<ReportObligation>list("unitId = ?1 and status in ?2 "
                + "order by dueOn, id", ceased.unitId(), OPEN_OBLIGATIONS)) {
            items.add("Báo cáo " + o.periodCode + " (" + o.id + "): " + o.subject + " (hạn " + o.dueOn + ")");
        }
        if (items.isEmpty()) {
            return;
        }
        if (parent == null) {
            LOG.warnf("%s: %d open items stay with the unit and it has no parent to reassign them; the Board has to "
                    + "reassign them through the API", reason, items.size());
            return;
        }
        String name = unit == null ? String.valueOf(ceased.unitId()) : unit.name;
        StringBuilder description = new StringBuilder("Đơn vị " + name + " đã chia tách ngày "
                + ceased.effectiveDate() + " thành " + ceased.successorIds() + ". Các mục sau còn ở đơn vị cũ, cần "
                + "giao lại cho đơn vị kế tục phù hợp (hủy và giao lại nhiệm vụ, chuyển chỉ tiêu, miễn hoặc giao lại "
                + "báo cáo):");
        items.stream().limit(LISTED).forEach(item -> description.append("\n- ").append(item));
        if (items.size() > LISTED) {
            description.append("\n- ... và ").append(items.size() - LISTED).append(" mục khác.");
        }
        description.append("\n(").append(reason).append(")");
        LocalDate from = ceased.effectiveDate().isAfter(calendar.today()) ? ceased.effectiveDate() : calendar.today();
        tasks.createSystemTask(new NewSystemTask(systemKey(ceased.unitId()), TaskKind.AD_HOC,
                "Phân công lại nhiệm vụ của đơn vị đã chia tách: " + name, description.toString(), parent, parent,
                from.plusDays(reassignDays), "Mỗi nhiệm vụ, chỉ tiêu, báo cáo của đơn vị cũ có đơn vị kế tục phụ trách",
                null));
    }

    static String systemKey(UUID ceasedUnitId) {
        return "succession:" + ceasedUnitId;
    }
}
