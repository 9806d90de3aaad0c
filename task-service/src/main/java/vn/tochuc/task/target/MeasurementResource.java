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
import java.time.LocalDate;
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
import vn.tochuc.task.period.Period;

/** What units reached for a target, per period. */
@Path("/api/v1/targets/{targetId}/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such target or figure, or not one you reach",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MeasurementResource {

    private final MeasurementService measurements;
    private final Actors actors;

    MeasurementResource(MeasurementService measurements, Actors actors) {
        this.measurements = measurements;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMeasurement", summary = "Record a unit's figure for a period",
            description = "One figure per target, unit and period; correct it with PUT. The unit is the owning "
                    + "unit or below it, the period (2024-Q1, 2024-H1, 2024) within the target's term.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a figure for the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unit unknown, out of scope or not under the owning unit; "
            + "period outside the term",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("targetId") UUID targetId,
            @NotNull(message = "a JSON body is required") @Valid MeasurementRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        MeasurementResponse m = MeasurementResponse.of(measurements.record(targetId, request.toCommand(),
                actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(m.id().toString()).build())
                .tag(EntityVersions.tag(m.version())).entity(m).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasurement", summary = "Read a figure with the figures corrections replaced",
            description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The figure, with its ETag",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("targetId") UUID targetId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TargetMeasurement found = measurements.get(targetId, id);
        if (EntityVersions.notModified(ifNoneMatch, found.version)) {
            return Response.notModified(EntityVersions.tag(found.version)).build();
        }
        return Response.ok(MeasurementResponse.of(found, measurements.revisions(found)))
                .tag(EntityVersions.tag(found.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctMeasurement", summary = "Correct a figure",
            description = "Needs If-Match with the figure's ETag and a reason. The replaced figure stays on record; "
                    + "the corrected one needs a new verification.")
    @APIResponse(responseCode = "200", description = "Corrected, with the new ETag",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "412", description = "The figure changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response correct(@PathParam("targetId") UUID targetId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CorrectionRequest request,
            @Context HttpServerRequest http) {
        MeasurementResponse m = MeasurementResponse.of(measurements.correct(targetId, id, ifMatch,
                request.toCommand(), actors.of(http)));
        return Response.ok(m).tag(EntityVersions.tag(m.version())).build();
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyMeasurement", summary = "Verify a figure (xác nhận)",
            description = "Needs If-Match with the figure's ETag. Someone acting for the owning unit, other than "
                    + "who entered the figure, confirms it against its evidence.")
    @APIResponse(responseCode = "200", description = "Verified, with the new ETag",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "403", description = "You do not act for the owning unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already verified, or you entered the figure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The figure changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response verify(@PathParam("targetId") UUID targetId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid VerificationRequest request,
            @Context HttpServerRequest http) {
        MeasurementResponse m = MeasurementResponse.of(measurements.verify(targetId, id, ifMatch,
                request == null ? null : request.verifiedOn(), actors.of(http)));
        return Response.ok(m).tag(EntityVersions.tag(m.version())).build();
    }

    @GET
    @Operation(operationId = "listMeasurements", summary = "List a target's figures",
            description = "In order of period; the figures of your units, or all when you act for the owning unit.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<MeasurementResponse> list(@PathParam("targetId") UUID targetId,
            @Parameter(description = "The measuring unit") @QueryParam("unitId") String unitId,
            @Parameter(description = "2024-Q1, 2024-H1 or 2024") @QueryParam("period") String period,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<TargetMeasurement> rows = measurements.list(targetId, QueryParams.uuid("unitId", unitId),
                period == null || period.isBlank() ? null : Period.parse("period", period),
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, MeasurementResponse::of,
                m -> PageTokens.encode(m.periodStart.toString(), m.id.toString()));
    }
}
