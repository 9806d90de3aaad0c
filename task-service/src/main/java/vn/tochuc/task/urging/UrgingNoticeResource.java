package vn.tochuc.task.urging;

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
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.access.Actors;

/** Urging notices (công văn đôn đốc) and the escalations they cause. */
@Path("/api/v1/urging-notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Urging", description = "Đôn đốc: công văn đôn đốc, báo cáo cấp trên")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Your role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UrgingNoticeResource {

    private final UrgingNoticeService notices;
    private final Actors actors;

    UrgingNoticeResource(UrgingNoticeService notices, Actors actors) {
        this.notices = notices;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueUrgingNotice", summary = "Issue an urging notice for late tasks",
            description = "Numbered per issuing unit and year without gaps. Each task must have been assigned by the "
                    + "issuing unit or a unit below it, be ASSIGNED or IN_PROGRESS, and be overdue or due within the "
                    + "configured days (7 by default). Each task's notice count goes up; the notice that reaches the "
                    + "configured count (2 by default) escalates the task to the unit above the issuing unit. A new "
                    + "notice has no earlier version, so no If-Match is asked.")
    @APIResponse(responseCode = "201", description = "Issued; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = UrgingNoticeResponse.class)))
    @APIResponse(responseCode = "409", description = "The number was taken meanwhile (retry)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or out-of-scope issuing unit or task, a task not "
            + "assigned by the issuing unit, not being worked on or not late, or a response deadline already past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@NotNull(message = "a JSON body is required") @Valid UrgingNoticeRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        UrgingNoticeResponse n = UrgingNoticeResponse.of(notices.issue(request.toCommand(), actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(n.id().toString()).build())
                .tag(EntityVersions.tag(n.version())).entity(n).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUrgingNotice", summary = "Read an urging notice",
            description = "Seen by the issuing unit's callers (every task) and by the callers of a task's lead or "
                    + "assigning unit (those tasks). Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The notice, with its ETag",
            content = @Content(schema = @Schema(implementation = UrgingNoticeResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such notice among those your units see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UrgingNoticeService.NoticeView notice = notices.get(noticeId(id));
        if (EntityVersions.notModified(ifNoneMatch, notice.notice().version)) {
            return Response.notModified(EntityVersions.tag(notice.notice().version)).build();
        }
        return Response.ok(UrgingNoticeResponse.of(notice)).tag(EntityVersions.tag(notice.notice().version)).build();
    }

    @GET
    @Operation(operationId = "listUrgingNotices", summary = "List the urging notices your units see",
            description = "Oldest first; filters combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<UrgingNoticeResponse> list(
            @Parameter(description = "The issuing unit") @QueryParam("issuingUnitId") String issuingUnitId,
            @Parameter(description = "A task the notices name") @QueryParam("taskId") String taskId,
            @Parameter(description = "The year of the notices' numbering, e.g. 2025") @QueryParam("year") String year,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        UUID issuer = QueryParams.uuid("issuingUnitId", issuingUnitId);
        UUID task = QueryParams.uuid("taskId", taskId);
        Integer inYear = year == null || year.isBlank() ? null : QueryParams.integer("year", year, 0, 2000, 2100);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        return Page.of(notices.list(issuer, task, inYear,
                        after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                        after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size),
                size, UrgingNoticeResponse::of,
                v -> PageTokens.encode(v.notice().issuedAt.toString(), v.notice().id.toString()));
    }

    @GET
    @Path("/escalations")
    @Operation(operationId = "listUrgingEscalations", summary = "Tasks escalated to the level above",
            description = "Escalations addressed to your units (the level above the issuing unit) or caused by "
                    + "their notices, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<EscalationResponse> escalations(
            @Parameter(description = "The unit the escalations are addressed to") @QueryParam("addressedUnitId")
            String addressedUnitId,
            @Parameter(description = "The escalated task") @QueryParam("taskId") String taskId,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        UUID addressed = QueryParams.uuid("addressedUnitId", addressedUnitId);
        UUID task = QueryParams.uuid("taskId", taskId);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        return Page.of(notices.escalations(addressed, task,
                        after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                        after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size),
                size, EscalationResponse::of, e -> PageTokens.encode(e.escalatedAt.toString(), e.id.toString()));
    }

    private static UUID noticeId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("urging notice", id);
        }
    }
}
