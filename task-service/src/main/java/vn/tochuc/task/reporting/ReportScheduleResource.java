package vn.tochuc.task.reporting;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
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
import vn.tochuc.task.period.PeriodKind;

/** What units must report every quarter, half-year or year, and the obligations made per period. */
@Path("/api/v1/report-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periodic reports", description = "Báo cáo quý, 6 tháng, năm: schedules, obligations, compliance")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such schedule, or not one of your units'",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportScheduleResource {

    private final ReportScheduleService schedules;
    private final Actors actors;

    ReportScheduleResource(ReportScheduleService schedules, Actors actors) {
        this.schedules = schedules;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineReportSchedule", summary = "Ask units below for a periodic report",
            description = "The requesting unit must be one of yours. Obligations are made per period: on request "
                    + "(POST /{id}/obligations?period=) and by the service when a period starts.")
    @APIResponse(responseCode = "201", description = "Defined; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown or out-of-scope requesting unit, a listed unit not "
            + "below it, or an unknown source document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response define(@NotNull(message = "a JSON body is required") @Valid ScheduleRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        ScheduleResponse s = ScheduleResponse.of(schedules.define(request.toCommand(), actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build())
                .tag(EntityVersions.tag(s.version())).entity(s).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportSchedule", summary = "Read a report schedule",
            description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The schedule, with its ETag",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ScheduleResponse s = ScheduleResponse.of(schedules.get(id));
        if (EntityVersions.notModified(ifNoneMatch, s.version())) {
            return Response.notModified(EntityVersions.tag(s.version())).build();
        }
        return Response.ok(s).tag(EntityVersions.tag(s.version())).build();
    }

    @GET
    @Operation(operationId = "listReportSchedules", summary = "List report schedules",
            description = "Schedules requested by your units, oldest first; filters combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<ScheduleResponse> list(
            @Parameter(description = "The requesting unit") @QueryParam("requestingUnitId") String requestingUnitId,
            @Parameter(description = "QUARTER, HALF_YEAR or YEAR") @QueryParam("periodKind") String periodKind,
            @Parameter(description = "ACTIVE or ENDED") @QueryParam("status") String status,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<ReportSchedule> rows = schedules.list(QueryParams.uuid("requestingUnitId", requestingUnitId),
                QueryParams.enumValue("periodKind", periodKind, PeriodKind.class),
                QueryParams.enumValue("status", status, ScheduleStatus.class),
                after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, ScheduleResponse::of,
                s -> PageTokens.encode(s.createdAt.toString(), s.id.toString()));
    }

    @POST
    @Path("/{id}/end")
    @Operation(operationId = "endReportSchedule", summary = "Stop asking for this report",
            description = "No obligations are made for later periods; those already made stay. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "409", description = "Already ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The schedule changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        ScheduleResponse s = ScheduleResponse.of(schedules.end(id, ifMatch, actors.of(http)));
        return Response.ok(s).tag(EntityVersions.tag(s.version())).build();
    }

    @POST
    @Path("/{id}/obligations")
    @Operation(operationId = "generateReportObligations", summary = "Make a period's obligations",
            description = "One obligation per unit that must report, due dueDaysAfterEnd days after the period. "
                    + "Idempotent: a repeated call makes nothing new (200, created 0). Needs If-Match with the "
                    + "schedule's ETag.")
    @APIResponse(responseCode = "201", description = "Obligations made",
            content = @Content(schema = @Schema(implementation = GenerationResponse.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every unit already had this period's obligation",
            content = @Content(schema = @Schema(implementation = GenerationResponse.class)))
    @APIResponse(responseCode = "409", description = "The schedule was ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The schedule changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response generate(@PathParam("id") UUID id,
            @Parameter(description = "The period, of the schedule's kind: 2025-Q1, 2025-H1 or 2025", required = true)
            @QueryParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        GenerationResponse g = GenerationResponse.of(schedules.generate(id, Period.parse("period", period), ifMatch,
                actors.of(http)));
        return Response.status(g.created() > 0 ? 201 : 200).entity(g).build();
    }
}
