package vn.tochuc.task.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.calendar.BoardCalendar;

/** The mobile sync feed of report obligations (see {@link ObligationChanges}). */
@Path("/api/v1/report-obligations/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periodic reports")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ObligationChangeResource {

    private final ObligationChanges changes;
    private final BoardCalendar calendar;

    ObligationChangeResource(ObligationChanges changes, BoardCalendar calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "reportObligationChanges", summary = "Obligations changed since a time, for mobile sync",
            description = "Every change after since of an obligation your units owe or requested (UPSERT, with the "
                    + "obligation as it now stands), and a REMOVED tombstone for one cancelled or passed to a unit "
                    + "outside yours, in (changedAt, log order). Page through nextPageToken; then keep the largest "
                    + "changedAt seen and pass it as since next time, less a minute (a change committed late may "
                    + "carry an earlier time; entries are idempotent).")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public Page<ObligationChange> changes(
            @Parameter(description = "ISO-8601 time with offset, e.g. 2025-04-01T00:00:00Z; 1970-01-01T00:00:00Z "
                    + "for a first full sync", required = true) @QueryParam("since") String since,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        OffsetDateTime from = QueryParams.since(since);
        int size = PageTokens.limit(limit);
        ChangeCursor<Long> after = ChangeCursor.decode(pageToken, Long::valueOf);
        ObligationChanges.Slice slice = changes.feed(from, after == null ? null : after.at(),
                after == null ? null : after.key(), size);
        LocalDate today = calendar.today();
        return new Page<>(slice.changes().stream().map(c -> ObligationChange.of(c, today)).toList(),
                ChangeCursor.encode(slice.nextAt(), slice.nextSeq()));
    }
}
