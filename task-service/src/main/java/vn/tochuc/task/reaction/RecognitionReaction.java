package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.TaskKind;

/**
 * A probationary member (đảng viên dự bị) gives the cell the task "Xét công nhận đảng viên chính thức", due on the day
 * full membership is due, with key {@code recognition:<membershipId>}; the recognition completes it, leaving the party
 * cancels it. Member events of one membership share a key, so they arrive in order.
 */
@ApplicationScoped
public class RecognitionReaction implements EventHandler {

    static final String TITLE = "Xét công nhận đảng viên chính thức";

    private final EventData data;
    private final ReactionTasks tasks;

    RecognitionReaction(EventData data, ReactionTasks tasks) {
        this.data = data;
        this.tasks = tasks;
    }

    static String key(UUID membershipId) {
        return "recognition:" + membershipId;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CadreEvents.MEMBER_ADMITTED, CadreEvents.MEMBER_RECOGNISED, CadreEvents.MEMBER_LEFT);
    }

    /** Leaves 0 to a read model of members, should task-service ever keep one. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public void handle(EventEnvelope event) {
        CadreEvents.MemberChanged member = data.read(event, CadreEvents.MemberChanged.class);
        EventData.require(event, "membershipId, effectiveDate, current", member.membershipId(),
                member.effectiveDate(), member.current());
        String who = CadreEvents.nameOr(member.personName());
        switch (event.type()) {
            case CadreEvents.MEMBER_ADMITTED -> admitted(member, who, event);
            case CadreEvents.MEMBER_RECOGNISED -> tasks.complete(key(member.membershipId()), "Đã công nhận " + who
                    + " là đảng viên chính thức từ ngày " + member.effectiveDate()
                    + CadreEvents.Decision.describe(member.decision()), event);
            default -> tasks.cancel(key(member.membershipId()), who + " không còn là đảng viên từ ngày "
                    + member.effectiveDate() + (member.leaveReason() == null ? "" : " (" + member.leaveReason() + ")"),
                    event);
        }
    }

    private void admitted(CadreEvents.MemberChanged member, String who, EventEnvelope event) {
        CadreEvents.Membership current = member.current();
        if (!CadreEvents.PROBATIONARY.equals(current.stage())) {
            return; // admitted straight as a full member (an old record brought in): nothing to consider
        }
        EventData.require(event, "current.cellId, current.fullMembershipDueOn", current.cellId(),
                current.fullMembershipDueOn());
        tasks.give(new NewSystemTask(key(member.membershipId()), TaskKind.AD_HOC, TITLE, "Đảng viên dự bị " + who
                + ", kết nạp ngày " + (current.admittedOn() == null ? member.effectiveDate() : current.admittedOn())
                + CadreEvents.Decision.describe(member.decision()) + ", đến hạn xét công nhận chính thức ngày "
                + current.fullMembershipDueOn() + ".", current.cellId(), null, current.fullMembershipDueOn(),
                "Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức cho " + who, null), event);
    }
}
