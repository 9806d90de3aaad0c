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
import vn.tochuc.org.domain.JobPosition;
import vn.tochuc.org.service.JobPositionService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/job-positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job positions", description = "Job positions (vị trí việc làm) of units")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JobPositionResource {

    private final JobPositionService jobs;

    JobPositionResource(JobPositionService jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createJobPosition",
            summary = "Create a job position in a unit")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = JobPositionResponse.class)))
    @APIResponse(responseCode = "409", description = "The unit has an open job position with that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit, or not in effect on validFrom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid JobPositionRequest request,
            @Context UriInfo uri) {
        JobPosition job = jobs.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
                .tag(EntityVersions.tag(job.version)).entity(JobPositionResponse.of(job)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJobPosition",
            summary = "Read a job position", description = "Answers 304 when If-None-Match holds the ETag.")
    @APIResponse(responseCode = "200", description = "The job position, with its ETag",
            content = @Content(schema = @Schema(implementation = JobPositionResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such job position",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        JobPosition job = jobs.get(id);
        if (EntityVersions.notModified(ifNoneMatch, job.version)) {
            return Response.notModified(EntityVersions.tag(job.version)).build();
        }
        return Response.ok(JobPositionResponse.of(job)).tag(EntityVersions.tag(job.version)).build();
    }

    @GET
    @Operation(operationId = "listJobPositions",
            summary = "List job positions in effect on a date", description = "By unit and code; paged.")
    public Page<JobPositionResponse> list(@QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        Page<JobPosition> page = jobs.list(QueryParams.uuid("orgUnitId", orgUnitId),
                QueryParams.date("asOf", asOf, LocalDate.now()), limit, pageToken);
        return new Page<>(page.items().stream().map(JobPositionResponse::of).toList(), page.nextPageToken());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeJobPosition",
            summary = "Correct a job position's name, grade or count", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = JobPositionResponse.class)))
    @APIResponse(responseCode = "409", description = "The job position has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ChangeJobPositionRequest request) {
        JobPosition job = jobs.change(id, ifMatch, request);
        return Response.ok(JobPositionResponse.of(job)).tag(EntityVersions.tag(job.version)).build();
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endJobPosition",
            summary = "End a job position", description = "It stays readable, not in effect from endDate. "
            + "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Ended; the new ETag",
            content = @Content(schema = @Schema(implementation = JobPositionResponse.class)))
    @APIResponse(responseCode = "409", description = "Already ended, or endDate is not after validFrom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EndJobPositionRequest request) {
        JobPosition job = jobs.end(id, ifMatch, request.endDate());
        return Response.ok(JobPositionResponse.of(job)).tag(EntityVersions.tag(job.version)).build();
    }
}
