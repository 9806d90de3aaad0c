package vn.tochuc.cadre.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.LeaveReason;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyActivity;
import vn.tochuc.cadre.domain.TransferKind;

/** The party-member event contracts cadre-service publishes (catalog: docs/events/asyncapi.yaml). */
public final class MemberEvents {

    /** One topic for the family; key = membership id, so one membership's steps stay in order. */
    public static final String TOPIC = "tochuc.cadre.member";
    private static final String PREFIX = "vn.tochuc.cadre.member.";

    public static final String ADMITTED_V1 = PREFIX + "admitted.v1";
    public static final String RECOGNISED_V1 = PREFIX + "recognised.v1";
    public static final String TRANSFERRED_V1 = PREFIX + "transferred.v1";
    public static final String ACTIVITY_CHANGED_V1 = PREFIX + "activity-changed.v1";
    public static final String LEFT_V1 = PREFIX + "left.v1";

    private MemberEvents() {
    }

    /**
     * Every member event has this shape; the type says which step happened on {@code effectiveDate}.
     * {@code current} is the membership after the step, so a consumer keeping a copy can apply any type alike;
     * {@code transferKind}/{@code fromCellId} are set on transfers, {@code leaveReason} on leaving.
     */
    public record MemberChangedV1(UUID membershipId, UUID personId, String personName, LocalDate effectiveDate,
            Decision decision, State current, TransferKind transferKind, UUID fromCellId, LeaveReason leaveReason) {
    }

    /** A membership as it stands. */
    public record State(MembershipStage stage, PartyActivity activity, UUID cellId, UUID temporaryCellId,
            LocalDate admittedOn, LocalDate fullMembershipDueOn, LocalDate fullMembershipOn, LocalDate leftOn) {
    }
}
