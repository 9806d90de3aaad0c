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
        @Schema(examples = "tran.viet.cuong")
        String actor, @Schema(examples = "9f2c4b1e-3a57-4e8d-b6a0-7d1e5c2f8a94") String requestId, OffsetDateTime at) {
}
