package vn.tochuc.org.rest;

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
import vn.tochuc.org.service.OrgUnitChanges;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** The mobile sync feed of the structure (see {@link OrgUnitChanges}). */
@Path("/api/v1/org-units/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrgUnitChangeResource {

    private final OrgUnitChanges changes;

    OrgUnitChangeResource(OrgUnitChanges changes) {
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "orgUnitChanges", summary = "Org units changed since a time, for mobile sync",
            description = "Every unit established or changed (renamed, moved, its kind changed) after since, as it "
                    + "is today (UPSERT), and a REMOVED tombstone for each unit that ceased (merged, consolidated, "
                    + "split, dissolved), in (changedAt, id) order. The structure is public inside the province, so "
                    + "every caller gets every unit. Page through nextPageToken (at most " + PageTokens.MAX_LIMIT
                    + " a page); then keep the largest changedAt seen and pass it as since next time, less a minute "
                    + "(a change committed late may carry an earlier time; entries are idempotent).")
    @APIResponse(responseCode = "200", description = "One page of changes, with a weak ETag")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Page<OrgUnitChange> changes(
            @Parameter(description = "ISO-8601 time with offset, e.g. 2026-11-01T00:00:00Z; 1970-01-01T00:00:00Z "
                    + "for a first full sync", required = true) @QueryParam("since") String since,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        OffsetDateTime from = QueryParams.since(since);
        int size = PageTokens.limit(limit);
        ChangeCursor<UUID> after = ChangeCursor.decode(pageToken, UUID::fromString);
        return changes.after(from, after == null ? null : after.at(), after == null ? null : after.key(), size);
    }
}
