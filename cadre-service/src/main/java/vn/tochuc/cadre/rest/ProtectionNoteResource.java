package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ProtectionNotes;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.RequestIds;

/** Political-protection notes: protection officers only, within their org scope; every read is recorded. */
@Path("/api/v1/protection-notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROTECTION_OFFICER)
@Tag(name = "Protection notes", description = "Ghi chú bảo vệ chính trị nội bộ: role protection-officer only; "
        + "every read is recorded (GET /api/v1/restricted-reads)")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token lacks the protection-officer role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProtectionNoteResource {

    private final ProtectionNotes notes;
    private final Callers callers;

    ProtectionNoteResource(ProtectionNotes notes, Callers callers) {
        this.notes = notes;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordProtectionNote",
            summary = "Record a note about a person")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ProtectionNoteResponse.class)))
    @APIResponse(responseCode = "422", description = "No such person within your org units",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull(message = "a JSON body is required") @Valid ProtectionNoteRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        ProtectionNoteResponse note = notes.record(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                .tag(EntityVersions.tag(note.version())).entity(note).build();
    }

    @GET
    @Operation(operationId = "listProtectionNotes",
            summary = "A person's notes, withdrawn ones included", description = "Each note returned is a "
            + "recorded read.")
    @APIResponse(responseCode = "200", description = "The notes, oldest first")
    @APIResponse(responseCode = "404", description = "No such person within your org units",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProtectionNoteResponse> ofPerson(@QueryParam("personId") String personId,
            @Context HttpServerRequest http) {
        return notes.readAllOf(QueryParams.requiredUuid("personId", personId, "name the person whose notes to read"), RequestIds.current(http));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProtectionNote",
            summary = "Read one note", description = "A recorded read. If-None-Match with the current ETag "
            + "answers 304, which discloses nothing and so is not recorded.")
    @APIResponse(responseCode = "200", description = "The note, with its ETag",
            content = @Content(schema = @Schema(implementation = ProtectionNoteResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such note within your org units",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest http) {
        long current = notes.version(id);
        if (EntityVersions.notModified(ifNoneMatch, current)) {
            return Response.notModified(EntityVersions.tag(current)).build();
        }
        ProtectionNoteResponse note = notes.read(id, RequestIds.current(http));
        return Response.ok(note).tag(EntityVersions.tag(note.version())).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawProtectionNote",
            summary = "Withdraw a note", description = "The note stays readable with the reason. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ProtectionNoteResponse.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The note changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ProtectionNoteWithdrawal request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        ProtectionNoteResponse note = notes.withdraw(id, request, ifMatch, callers.of(http));
        return Response.ok(note).tag(EntityVersions.tag(note.version())).build();
    }
}
