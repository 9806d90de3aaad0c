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
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.period.Period;

/** Each unit's report per period: submitted by the unit, returned or accepted by the requesting level. */
@Path("/api/v1/report-obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Periodic reports")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such obligation, or neither owed nor requested by your units",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportObligationResource {

    private final ReportObligationService obligations;
    private final BoardCalendar calendar;
    private final Actors actors;

    ReportObligationResource(ReportObligationService obligations, BoardCalendar calendar, Actors actors) {
        this.obligations = obligations;
        this.calendar = calendar;
        this.actors = actors;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportObligation", summary = "Read a report obligation",
            description = "With its timeliness as of today. Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The obligation, with its ETag",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReportObligation o = obligations.get(id);
        if (EntityVersions.notModified(ifNoneMatch, o.version)) {
            return Response.notModified(EntityVersions.tag(o.version)).build();
        }
        return answer(o);
    }

    @GET
    @Operation(operationId = "listReportObligations", summary = "List report obligations",
            description = "Obligations your units owe or requested, by due date; filters combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<ObligationResponse> list(
            @Parameter(description = "The reporting unit") @QueryParam("unitId") String unitId,
            @Parameter(description = "The requesting unit") @QueryParam("requestingUnitId") String requestingUnitId,
            @Parameter(description = "A period: 2025-Q1, 2025-H1 or 2025") @QueryParam("period") String period,
            @Parameter(description = "DUE, SUBMITTED, RETURNED, ACCEPTED, WAIVED or CANCELLED")
            @QueryParam("status") String status,
            @Parameter(description = "The schedule") @QueryParam("scheduleId") String scheduleId,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        ObligationFilter filter = new ObligationFilter(QueryParams.uuid("unitId", unitId),
                QueryParams.uuid("requestingUnitId", requestingUnitId),
                period == null || period.isBlank() ? null : Period.parse("period", period),
                QueryParams.enumValue("status", status, ObligationStatus.class),
                QueryParams.uuid("scheduleId", scheduleId));
        List<ReportObligation> rows = obligations.list(filter,
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        LocalDate today = calendar.today();
        return Page.of(rows, size, o -> ObligationResponse.of(o, today),
                o -> PageTokens.encode(o.dueOn.toString(), o.id.toString()));
    }

    @GET
    @Path("/{id}/submissions")
    @Operation(operationId = "listReportSubmissions", summary = "Every submission of an obligation",
            description = "First first, each with what the requesting level made of it.")
    @APIResponse(responseCode = "200", description = "The submissions")
    public List<SubmissionResponse> submissions(@PathParam("id") UUID id) {
        return obligations.submissions(id).stream().map(SubmissionResponse::of).toList();
    }

    @POST
    @Path("/{id}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReport", summary = "Send the report (the reporting unit)",
            description = "From DUE or RETURNED. Needs If-Match with the obligation's ETag.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the reporting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Waiting for review, accepted, waived or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The obligation changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid SubmissionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        return answer(obligations.submit(id, request.summary(), request.attachmentRef(), request.submittedOn(), ifMatch,
                actors.of(http)));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReport", summary = "Return the report for correction (the requesting level)",
            description = "Only a SUBMITTED report. Until resubmitted it counts as not submitted. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the requesting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The obligation changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response returnForCorrection(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        return answer(obligations.returnForCorrection(id, request.reason(), ifMatch, actors.of(http)));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptReport", summary = "Accept the report (the requesting level)",
            description = "Only a SUBMITTED report; closes the obligation. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the requesting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for review (e.g. already accepted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The obligation changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        return answer(obligations.accept(id, ifMatch, actors.of(http)));
    }

    @POST
    @Path("/{id}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveReport", summary = "Excuse the unit from this report (the requesting level)",
            description = "Kept on record as WAIVED and not counted in compliance. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Waived",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the requesting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already accepted, waived or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The obligation changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response waive(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        return answer(obligations.waive(id, request.reason(), ifMatch, actors.of(http)));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelReportObligation", summary = "Withdraw the obligation (the requesting level)",
            description = "Kept on record as CANCELLED, not counted, and a tombstone in the sync feed. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ObligationResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of the requesting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already accepted, waived or cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The obligation changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context HttpServerRequest http) {
        return answer(obligations.cancel(id, request.reason(), ifMatch, actors.of(http)));
    }

    private Response answer(ReportObligation o) {
        return Response.ok(ObligationResponse.of(o, calendar.today()))
                .tag(EntityVersions.tag(o.version)).build();
    }
}
