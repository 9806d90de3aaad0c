package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.PersonChanges;
import vn.tochuc.cadre.service.SensitiveFields;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.RequestIds;

/** The mobile sync feed of people (see {@link PersonChanges}). */
@Path("/api/v1/persons/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonChangeResource {

    private final PersonChanges changes;
    private final SensitiveFields sensitive;

    PersonChangeResource(PersonChanges changes, SensitiveFields sensitive) {
        this.changes = changes;
        this.sensitive = sensitive;
    }

    @GET
    @Operation(operationId = "listPersonChanges",
            summary = "People changed since a time, for mobile sync", description = "Every CV in your org "
            + "units changed after since (UPSERT, with the person), and a REMOVED tombstone for each record that "
            + "left your units, in (changedAt, id) order. Page through nextPageToken; then keep the largest "
            + "changedAt seen and pass it as since next time (less a minute, to be safe: entries are idempotent).")
    @APIResponse(responseCode = "200", description = "One page of changes")
    public Page<PersonChange> changes(
            @Parameter(description = "ISO-8601 time with offset, e.g. 2026-11-01T00:00:00Z; 1970-01-01T00:00:00Z "
                    + "for a first full sync", required = true) @QueryParam("since") String since,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken,
            @Context HttpServerRequest http) {
        OffsetDateTime from = QueryParams.since(since);
        ChangeCursor<UUID> after = ChangeCursor.decode(pageToken, UUID::fromString);
        PersonChanges.Position position = after == null ? null : new PersonChanges.Position(after.at(), after.key());
        PersonChanges.Slice slice = changes.after(from, position, PageTokens.limit(limit));
        return new Page<>(shown(slice.changes(), RequestIds.current(http)), slice.next() == null ? null
                : ChangeCursor.encode(slice.next().at(), slice.next().id()));
    }

    /** The people shown go through the same withholding and read records as every other list. */
    private List<PersonChange> shown(List<PersonChange> page, String requestId) {
        List<PersonSummary> people = sensitive.shown(page.stream().map(PersonChange::person)
                .filter(p -> p != null).toList(), requestId);
        List<PersonChange> result = new ArrayList<>();
        int next = 0;
        for (PersonChange c : page) {
            result.add(c.person() == null ? c : new PersonChange(c.id(), c.change(), c.changedAt(),
                    people.get(next++)));
        }
        return result;
    }
}
