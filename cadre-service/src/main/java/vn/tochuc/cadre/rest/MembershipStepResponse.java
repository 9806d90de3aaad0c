package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MembershipStep", description = "One step in a membership's history")
public record MembershipStepResponse(
        @Schema(examples = "ADMITTED") String step,
        LocalDate effectiveOn,
        @Schema(description = "The request of the step") JsonNode details,
        String actor, String requestId, OffsetDateTime at) {
}
