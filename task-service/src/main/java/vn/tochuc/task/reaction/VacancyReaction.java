package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.TaskKind;

/**
 * A position left without its holder (an appointment ended in cadre-service) gives the managing unit the task "Kiện
 * toàn chức danh còn thiếu", due {@code tochuc.reaction.vacancy-days} after the end date, with key
 * {@code vacancy:<positionId>} (one open task per position); the position's next appointment completes it. When the
 * unit ceased, the task goes to its successor, or to its parent when it had none (or several).
 */
@ApplicationScoped
public class VacancyReaction implements EventHandler {

    static final String TITLE = "Kiện toàn chức danh còn thiếu";

    private final EventData data;
    private final ReactionTasks tasks;
    private final int vacancyDays;

    VacancyReaction(EventData data, ReactionTasks tasks,
            @ConfigProperty(name = "tochuc.reaction.vacancy-days", defaultValue = "90") int vacancyDays) {
        this.data = data;
        this.tasks = tasks;
        this.vacancyDays = vacancyDays;
    }

    static String key(UUID positionId) {
        return "vacancy:" + positionId;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CadreEvents.APPOINTMENT_ENDED, CadreEvents.APPOINTMENT_STARTED);
    }

    /** After {@link AppointmentStartLog}. */
    @Override
    public int order() {
        return AppointmentStartLog.ORDER + 1;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (CadreEvents.APPOINTMENT_STARTED.equals(event.type())) {
            CadreEvents.AppointmentStarted started = AppointmentStartLog.read(data, event);
            String who = CadreEvents.nameOr(started.personName());
            tasks.complete(key(started.positionId()), "Đã bố trí " + who + " giữ chức danh từ ngày "
                    + started.startDate() + CadreEvents.Decision.describe(started.decision()), event);
            return;
        }
        CadreEvents.AppointmentEnded ended = data.read(event, CadreEvents.AppointmentEnded.class);
        EventData.require(event, "appointmentId, positionId, orgUnitId, endDate", ended.appointmentId(),
                ended.positionId(), ended.orgUnitId(), ended.endDate());
        if (AppointmentStart.positionFilledSince(ended.positionId(), ended.appointmentId(), ended.endDate())) {
            return; // the seat's next start was read first: it is no longer vacant
        }
        UUID unit = UnitSuccessor.carrierOf(ended.orgUnitId(), CadreEvents.UNIT_RESTRUCTURED.equals(ended.reason()));
        tasks.give(new NewSystemTask(key(ended.positionId()), TaskKind.AD_HOC, TITLE, description(ended, unit), unit,
                null, ended.endDate().plusDays(vacancyDays), "Bố trí người giữ chức danh (bổ nhiệm, bầu, điều động)",
                null), event);
    }

    private static String description(CadreEvents.AppointmentEnded ended, UUID unit) {
        OrgUnitView original = OrgUnitView.findById(ended.orgUnitId());
        String of = original == null ? "đơn vị " + ended.orgUnitId() : original.name;
        return "Chức danh " + ended.positionId() + " của " + of + " không còn người đảm nhiệm từ ngày "
                + ended.endDate() + (ended.reason() == null ? "" : " (" + ended.reason() + ")")
                + CadreEvents.Decision.describe(ended.decision())
                + (unit.equals(ended.orgUnitId()) ? "." : "; đơn vị " + ended.orgUnitId()
                + " đã thôi hoạt động nên giao đơn vị kế thừa (hoặc cấp trên) kiện toàn.");
    }
}
