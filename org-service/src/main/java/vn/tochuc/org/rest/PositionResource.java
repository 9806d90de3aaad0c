package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.mapping.PositionMapper;
import vn.tochuc.org.repository.PositionRepository.PositionOnDate;
import vn.tochuc.org.service.PositionService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Positions (chức danh) of units with their seats, effective-dated")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PositionResource {

    private final PositionService positions;

    PositionResource(PositionService positions) {
        this.positions = positions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPosition",
            summary = "Create a position in a unit", description = "Publishes org.position.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = PositionResponse.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a position of that title",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown title or unit, or the unit is not in effect then",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreatePositionRequest request,
            @Context UriInfo uri) {
        Position position = positions.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(position.id.toString()).build())
                .tag(EntityVersions.tag(position.version))
                .entity(PositionMapper.toResponse(position, position.validFrom)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPosition",
            summary = "Read a position with its history", description = "Seats and managing body as of asOf; "
            + "answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The position, with its ETag",
            content = @Content(schema = @Schema(implementation = PositionResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such position",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "The date seats are about (YYYY-MM-DD); today when absent")
            @QueryParam("asOf") String asOf, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Position position = positions.get(id);
        if (EntityVersions.notModified(ifNoneMatch, position.version)) {
            return Response.notModified(EntityVersions.tag(position.version)).build();
        }
        return Response.ok(PositionMapper.toResponse(position, QueryParams.date("asOf", asOf, LocalDate.now())))
                .tag(EntityVersions.tag(position.version)).build();
    }

    @GET
    @Operation(operationId = "listPositions",
            summary = "List positions in effect on a date", description = "By unit, then title order; a page "
            + "at a time.")
    public Page<PositionResponse> list(
            @Parameter(description = "Only this unit's positions") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        LocalDate date = QueryParams.date("asOf", asOf, LocalDate.now());
        Page<PositionOnDate> page = positions.list(QueryParams.uuid("orgUnitId", orgUnitId), date, limit,
                pageToken);
        return new Page<>(page.items().stream().map(p -> PositionMapper.toListItem(p, date)).toList(),
                page.nextPageToken());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePosition",
            summary = "Change seats or managing body from a date", description = "Closes the version in effect "
            + "and starts a new one; the old stays in the history. Needs If-Match. Publishes "
            + "org.position.changed.v1.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = PositionResponse.class)))
    @APIResponse(responseCode = "409", description = "Ended, or the date is not after the latest version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ChangePositionRequest request) {
        Position position = positions.change(id, ifMatch, request);
        return Response.ok(PositionMapper.toResponse(position, request.effectiveDate()))
                .tag(EntityVersions.tag(position.version)).build();
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endPosition",
            summary = "End a position", description = "It stays readable, not in effect from endDate. Needs "
            + "If-Match. Publishes org.position.ended.v1.")
    @APIResponse(responseCode = "200", description = "Ended; the new ETag",
            content = @Content(schema = @Schema(implementation = PositionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already ended, or the date is not after the latest version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EndRequest request) {
        Position position = positions.end(id, ifMatch, request);
        return Response.ok(PositionMapper.toResponse(position, request.endDate().minusDays(1)))
                .tag(EntityVersions.tag(position.version)).build();
    }
}
