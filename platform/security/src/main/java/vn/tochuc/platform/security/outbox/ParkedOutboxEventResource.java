package vn.tochuc.platform.security.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/**
 * The events this service's outbox relay parked because Kafka kept refusing them, oldest first, with the reason:
 * Kafka refused each tochuc.outbox.max-attempts times for a reason of its own (too large, an invalid, missing or
 * forbidden topic), and later events of its key were sent without it. Also counted by the metric
 * {@code tochuc_outbox_parked}.
 *
 * <p>Every service has an outbox, so every service answers this same path about its own: it is called on the
 * service itself, like {@code /q/metrics}, not through the gateway, which cannot tell whose outbox is meant. That is
 * also why it stays out of the API document the gateway combines. It lives here rather than in platform-core
 * because it needs the roles and the token verification this module brings.
 */
@Path("/api/v1/admin/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class ParkedOutboxEventResource {

    @GET
    @Operation(operationId = "listParkedOutboxEvents",
            hidden = true)
    public Page<ParkedOutboxEventResponse> list(@QueryParam("limit") String limit,
            @QueryParam("pageToken") String token) {
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
