package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.AppointmentChanges;
import vn.tochuc.cadre.service.PersonChanges;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** The mobile sync feed of appointments (see {@link AppointmentChanges}). */
@Path("/api/v1/appointments/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppointmentChangeResource {

    private final AppointmentChanges changes;

    AppointmentChangeResource(AppointmentChanges changes) {
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "appointmentChanges", summary = "Appointments changed since a time, for mobile sync",
            description = "The appointments of the people your org units manage (the scope of every list of "
                    + "appointments) started, ended or flagged after since (UPSERT, with the appointment); when a "
                    + "person's record moved into your units, each of their appointments (UPSERT), and when it moved "
                    + "out, a REMOVED tombstone for each; in (changedAt, id) order. Page through nextPageToken (at "
                    + "most " + PageTokens.MAX_LIMIT + " a page); then keep the largest changedAt seen and pass it as "
                    + "since next time, less a minute (a change committed late may carry an earlier time; entries "
                    + "are idempotent).")
    @APIResponse(responseCode = "200", description = "One page of changes, with a weak ETag")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Page<AppointmentChange> changes(
            @Parameter(description = "ISO-8601 time with offset, e.g. 2026-11-01T00:00:00Z; 1970-01-01T00:00:00Z "
                    + "for a first full sync", required = true) @QueryParam("since") String since,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        OffsetDateTime from = QueryParams.since(since);
        int size = PageTokens.limit(limit);
        ChangeCursor<UUID> after = ChangeCursor.decode(pageToken, UUID::fromString);
        PersonChanges.Position position = after == null ? null : new PersonChanges.Position(after.at(), after.key());
        AppointmentChanges.Slice slice = changes.after(from, position, size);
        return new Page<>(slice.changes(), slice.next() == null ? null
                : ChangeCursor.encode(slice.next().at(), slice.next().id()));
    }
}
