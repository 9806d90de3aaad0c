package vn.tochuc.cadre.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwaitingPlacement", description = "A member whose cell ceased with no single successor (chờ bố trí "
        + "sinh hoạt): record a transfer to the chosen cell to clear it")
public record PlacementResponse(MembershipResponse membership, OffsetDateTime flaggedAt,
        @Schema(examples = "Chờ bố trí công tác sau khi Huyện ủy Tam Dương kết thúc hoạt động") String note,
        @Schema(description = "The ceased cell's successors, the likely choices") List<UUID> candidateCellIds) {
}
