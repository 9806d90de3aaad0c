package vn.tochuc.platform.security.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/**
 * The events this service's outbox relay parked because Kafka kept refusing them, with the reason: every service
 * that verifies tokens has it, since every service has an outbox. Lives here rather than in platform-core because
 * it needs the roles and the token verification this module brings.
 */
@Path("/api/v1/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
@Tag(name = "Administration", description = "Operating the service: events its outbox could not deliver")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ParkedOutboxEventResource {

    @GET
    @Operation(summary = "Outbox events parked unsent, oldest first",
            description = "Kafka refused each of them tochuc.outbox.max-attempts times for a reason of its own (too "
                    + "large, an invalid, missing or forbidden topic); later events of the same key were sent "
                    + "without them. Also counted by the metric tochuc_outbox_parked.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<ParkedOutboxEventResponse> list(
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String token) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(token, 1);
        long afterSeq = after.isEmpty() ? 0 : PageTokens.part(after.get(0), Long::parseLong);
        List<OutboxEvent> rows = OutboxEvent.parked(afterSeq, size + 1);
        boolean more = rows.size() > size;
        List<OutboxEvent> shown = more ? rows.subList(0, size) : rows;
        return new Page<>(shown.stream().map(ParkedOutboxEventResponse::of).toList(),
                more ? PageTokens.encode(String.valueOf(shown.get(shown.size() - 1).seq)) : null);
    }
}
