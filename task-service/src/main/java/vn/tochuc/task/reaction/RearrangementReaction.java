package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.TaskKind;

/**
 * A discipline decision that removes a person from post (cách chức) gives the decision's unit the task "Sắp xếp, bố
 * trí cán bộ sau kỷ luật", due {@code tochuc.reaction.rearrangement-days} after the decision takes effect, with key
 * {@code rearrangement:<personId>}. The person's next appointment of kind REARRANGED (bố trí lại) completes it;
 * other kinds of appointment do not, since the seats the person left are the vacancy tasks' concern.
 */
@ApplicationScoped
public class RearrangementReaction implements EventHandler {

    static final String TITLE = "Sắp xếp, bố trí cán bộ sau kỷ luật";

    private final EventData data;
    private final ReactionTasks tasks;
    private final int rearrangementDays;

    RearrangementReaction(EventData data, ReactionTasks tasks,
            @ConfigProperty(name = "tochuc.reaction.rearrangement-days", defaultValue = "30") int rearrangementDays) {
        this.data = data;
        this.tasks = tasks;
        this.rearrangementDays = rearrangementDays;
    }

    static String key(UUID personId) {
        return "rearrangement:" + personId;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CadreEvents.DISCIPLINE_DECIDED, CadreEvents.APPOINTMENT_STARTED);
    }

    /** After {@link AppointmentStartLog} and {@link VacancyReaction}. */
    @Override
    public int order() {
        return AppointmentStartLog.ORDER + 2;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (CadreEvents.APPOINTMENT_STARTED.equals(event.type())) {
            CadreEvents.AppointmentStarted started = AppointmentStartLog.read(data, event);
            if (CadreEvents.REARRANGED.equals(started.kind())) {
                tasks.complete(key(started.personId()), "Đã bố trí lại " + CadreEvents.nameOr(started.personName())
                        + " từ ngày " + started.startDate() + CadreEvents.Decision.describe(started.decision()), event);
            }
            return;
        }
        CadreEvents.DisciplineDecided decided = data.read(event, CadreEvents.DisciplineDecided.class);
        EventData.require(event, "disciplineId, personId, form, orgUnitId, effectiveDate", decided.disciplineId(),
                decided.personId(), decided.form(), decided.orgUnitId(), decided.effectiveDate());
        if (!CadreEvents.REMOVAL_FROM_POST.equals(decided.form())
                || AppointmentStart.rearrangedSince(decided.personId(), decided.effectiveDate())) {
            return;
        }
        String who = CadreEvents.nameOr(decided.personName());
        String description = who + " (" + decided.personId() + ") bị cách chức từ ngày " + decided.effectiveDate()
                + CadreEvents.Decision.describe(decided.decision()) + "; sắp xếp, bố trí công tác khác theo quy định.";
        tasks.give(new NewSystemTask(key(decided.personId()), TaskKind.AD_HOC, TITLE, description,
                decided.orgUnitId(), null, decided.effectiveDate().plusDays(rearrangementDays),
                "Quyết định bố trí lại công tác cho " + who, null), event);
    }
}
