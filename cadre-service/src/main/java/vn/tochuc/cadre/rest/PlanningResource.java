package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ConfidentialAssessments;
import vn.tochuc.cadre.service.PlanningService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;

/** Planning (quy hoạch cán bộ): add a person, read an entry, remove it. Lists and coverage: PlanningListResource. */
@Path("/api/v1/plannings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning", description = "Quy hoạch cán bộ: each addition and removal publishes a "
        + "tochuc.cadre.planning event")
@APIResponse(responseCode = "400", description = "Invalid input (term, dates, text too long, malformed JSON)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such planning entry",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Barred by discipline, already planned, or already removed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "The entry changed since the ETag sent",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person, position or unit, or not in effect",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanningResource {

    private final PlanningService plannings;
    private final Callers callers;
    private final ConfidentialAssessments assessments;

    PlanningResource(PlanningService plannings, Callers callers, ConfidentialAssessments assessments) {
        this.assessments = assessments;
        this.callers = callers;
        this.plannings = plannings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanning",
            summary = "Plan a person for a position in a term", description = "Quy hoạch: for an org-service "
            + "position, or a title of a unit. Refused while a discipline decision bars planning (409, saying until "
            + "when). Publishes planning.added.v1.")
    @APIResponse(responseCode = "201", description = "Planned; Location and ETag name the entry",
            content = @Content(schema = @Schema(implementation = PlanningResponse.class)))
    public Response add(@NotNull(message = "a JSON body is required") @Valid PlanningRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        PlanningResponse p = plannings.add(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .tag(EntityVersions.tag(p.version())).entity(p).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlanning",
            summary = "Read a planning entry", description = "Answers 304 when If-None-Match holds the current "
            + "ETag.")
    @APIResponse(responseCode = "200", description = "The entry, with its ETag",
            content = @Content(schema = @Schema(implementation = PlanningResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PlanningResponse p = assessments.shown(plannings.get(id));
        if (EntityVersions.notModified(ifNoneMatch, p.version())) {
            return Response.notModified(EntityVersions.tag(p.version())).build();
        }
        return Response.ok(p).tag(EntityVersions.tag(p.version())).build();
    }

    @POST
    @Path("/{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "removePlanning",
            summary = "Remove a person from planning", description = "Đưa ra khỏi quy hoạch, with a reason and "
            + "If-Match. The entry stays readable. Publishes planning.removed.v1.")
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(schema = @Schema(implementation = PlanningResponse.class)))
    public Response remove(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PlanningRemovalRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        PlanningResponse p = plannings.remove(id, request, ifMatch, callers.of(http));
        return Response.ok(p).tag(EntityVersions.tag(p.version())).build();
    }
}
