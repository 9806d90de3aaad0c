package vn.tochuc.task.target;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.access.Actors;

/** Targets (chỉ tiêu) of source documents. */
@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Chỉ tiêu: targets of a document, their figures per unit and period, the table")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such target, or not one you reach",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TargetResource {

    private final TargetService targets;
    private final Actors actors;

    TargetResource(TargetService targets, Actors actors) {
        this.targets = targets;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineTarget", summary = "Define a target of a source document",
            description = "The term is the document's when not given; yearly targets lie within the term.")
    @APIResponse(responseCode = "201", description = "Defined; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "409", description = "The document already has a target with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown document, or owning unit unknown or out of scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(@NotNull(message = "a JSON body is required") @Valid TargetRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        TargetResponse t = TargetResponse.of(targets.define(request.toCommand(), actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                .tag(EntityVersions.tag(t.version())).entity(t).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTarget", summary = "Read a target",
            description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The target, with its ETag",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TargetResponse t = TargetResponse.of(targets.get(id));
        if (EntityVersions.notModified(ifNoneMatch, t.version())) {
            return Response.notModified(EntityVersions.tag(t.version())).build();
        }
        return Response.ok(t).tag(EntityVersions.tag(t.version())).build();
    }

    @PUT
    @Path("/{id}/yearly-targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retarget", summary = "Change the term and yearly targets (điều chỉnh chỉ tiêu)",
            description = "Needs If-Match with the target's ETag; the yearly targets sent replace the earlier ones. "
                    + "Only callers acting for the owning unit.")
    @APIResponse(responseCode = "200", description = "Changed, with the new ETag",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    @APIResponse(responseCode = "403", description = "You act only for units below the owning unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The target changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retarget(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid RetargetRequest request,
            @Context HttpServerRequest http) {
        TargetResponse t = TargetResponse.of(targets.retarget(id, ifMatch, request.termTarget(),
                TargetRequest.years(request.yearlyTargets()), actors.of(http)));
        return Response.ok(t).tag(EntityVersions.tag(t.version())).build();
    }

    @GET
    @Operation(operationId = "listTargets", summary = "List targets",
            description = "The targets of your units and of their superiors, in order of code; filters combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<TargetResponse> list(
            @Parameter(description = "The source document") @QueryParam("documentId") String documentId,
            @Parameter(description = "The owning unit") @QueryParam("ownerUnitId") String ownerUnitId,
            @Parameter(description = "A term such as 2020-2025") @QueryParam("term") String term,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<Target> rows = targets.list(QueryParams.uuid("documentId", documentId),
                QueryParams.uuid("ownerUnitId", ownerUnitId), term == null || term.isBlank() ? null : term.strip(),
                after.isEmpty() ? null : after.get(0),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, TargetResponse::of, t -> PageTokens.encode(t.code, t.id.toString()));
    }
}
