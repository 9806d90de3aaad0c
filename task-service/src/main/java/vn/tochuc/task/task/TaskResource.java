package vn.tochuc.task.task;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.access.Actors;
import vn.tochuc.task.audit.AuditEntry;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.export.XlsxTable;
import vn.tochuc.task.period.Period;

/** Tasks, their assignment down the org tree, progress, extensions, grades, the sync feed and the task grid. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Nhiệm vụ: giao, báo cáo tiến độ, gia hạn, nghiệm thu, đánh giá")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such task among those your units see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskResource {

    private final TaskService tasks;
    private final TaskChanges changes;
    private final TaskGrid grid;
    private final BoardCalendar calendar;
    private final Actors actors;

    TaskResource(TaskService tasks, TaskChanges changes, TaskGrid grid, BoardCalendar calendar, Actors actors) {
        this.tasks = tasks;
        this.changes = changes;
        this.grid = grid;
        this.calendar = calendar;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTask", summary = "Write a root task (as a draft)",
            description = "The lead unit must be the assigning unit or below it, both in your scope. Assign it with "
                    + "the ASSIGN step, then give it down the tree with the assignments operation.")
    @APIResponse(responseCode = "201", description = "Written; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown or out-of-scope unit, unknown document, a lead unit "
            + "outside the assigning unit's subtree, or a deadline already past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid TaskRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        TaskResponse t = TaskResponse.of(tasks.create(request.toCommand(), actors.of(http)), calendar.today());
        return Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                .tag(EntityVersions.tag(t.version())).entity(t).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "Read a task",
            description = "Answers 304 when If-None-Match holds the current ETag. The ETag is the stored version: "
                    + "timeliness is derived as of today, so a client keeping a copy derives it again from "
                    + "deadline and completedOn (see the decisions) or reads without If-None-Match.")
    @APIResponse(responseCode = "200", description = "The task, with its ETag",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Task task = tasks.get(taskId(id));
        if (EntityVersions.notModified(ifNoneMatch, task.version)) {
            return Response.notModified(EntityVersions.tag(task.version)).build();
        }
        return Response.ok(TaskResponse.of(task, calendar.today())).tag(EntityVersions.tag(task.version)).build();
    }

    @GET
    @Operation(operationId = "listTasks", summary = "List the tasks your units see",
            description = "Tasks whose lead, assigning or a cooperating unit is one of yours, by deadline; filters "
                    + "combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<TaskResponse> list(
            @Parameter(description = "The source document") @QueryParam("documentId") String documentId,
            @Parameter(description = "The lead unit (chủ trì)") @QueryParam("unitId") String unitId,
            @Parameter(description = "The assigning unit") @QueryParam("assignedBy") String assignedBy,
            @Parameter(description = "DRAFT, ASSIGNED, IN_PROGRESS, SUBMITTED, COMPLETED, NOT_COMPLETED, CANCELLED or "
                    + "ON_HOLD") @QueryParam("status") String status,
            @Parameter(description = "COMPLETED_ON_TIME, COMPLETED_LATE, IN_PROGRESS_WITHIN_DEADLINE or OVERDUE, as "
                    + "of today") @QueryParam("timeliness") String timeliness,
            @Parameter(description = "The parent task") @QueryParam("parentId") String parentId,
            @Parameter(description = "Deadline on or after, YYYY-MM-DD") @QueryParam("deadlineFrom") String from,
            @Parameter(description = "Deadline on or before, YYYY-MM-DD") @QueryParam("deadlineTo") String to,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        TaskFilter filter = new TaskFilter(QueryParams.uuid("documentId", documentId), QueryParams.uuid("unitId",
                unitId), QueryParams.uuid("assignedBy", assignedBy),
                QueryParams.enumValue("status", status, TaskStatus.class),
                QueryParams.enumValue("timeliness", timeliness, Timeliness.class),
                QueryParams.uuid("parentId", parentId), QueryParams.date("deadlineFrom", from, null),
                QueryParams.date("deadlineTo", to, null));
        return page(filter, limit, pageToken);
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listTaskChildren", summary = "The tasks this task was given down as",
            description = "One per unit it was assigned to, by deadline; those your units see.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<TaskResponse> children(@PathParam("id") String id,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        Task parent = tasks.get(taskId(id));
        return page(new TaskFilter(null, null, null, null, null, parent.id, null, null), limit, pageToken);
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignTask", summary = "Give the task to units below its lead unit",
            description = "By unit kind (every active unit of the kind below the lead unit) or a list of units below "
                    + "it in your scope: one child task per unit, assigned today (or on assignedOn, a past day a "
                    + "province-wide role records), which that unit can give further. Needs If-Match with the task's "
                    + "ETag; you must act for its lead unit.")
    @APIResponse(responseCode = "201", description = "The child tasks made")
    @APIResponse(responseCode = "403", description = "You do not act for the task's lead unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A unit already has this task, or the task is not assigned yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A unit outside the lead unit's subtree or your scope, no unit of "
            + "the kind, or a deadline before today or after the task's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AssignmentRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        List<Task> children = tasks.assign(taskId, EntityVersions.expectedVersion(ifMatch), request.toCommand(), actors.of(http));
        LocalDate today = calendar.today();
        return Response.status(201).entity(children.stream().map(t -> TaskResponse.of(t, today)).toList()).build();
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stepTask", summary = "Move the task's status",
            description = "The lead unit takes START and SUBMIT; the assigning level ASSIGN (a draft), ACCEPT "
                    + "(completion counts from today, or from `on`, a past day a province-wide role records), RETURN, "
                    + "HOLD, RESUME, MARK_NOT_COMPLETED and CANCEL (its open subtasks are cancelled too). RETURN, "
                    + "HOLD, MARK_NOT_COMPLETED and CANCEL need a reason. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The task after the step, with its new ETag",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "403", description = "Not your level's step",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The status does not allow the step (e.g. accepting twice)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response step(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StepRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        Task task = tasks.step(taskId, EntityVersions.expectedVersion(ifMatch), request.step(), request.reason(),
                request.on(), actors.of(http));
        return Response.ok(TaskResponse.of(task, calendar.today())).tag(EntityVersions.tag(task.version)).build();
    }

    @POST
    @Path("/{id}/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportTaskProgress", summary = "Report progress on your unit's task",
            description = "Percent 0-100 and what was done, with an optional attachment reference; you must act for "
                    + "the lead unit. An ASSIGNED task becomes IN_PROGRESS. Needs If-Match; the answer's ETag is the "
                    + "task's new one.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    @APIResponse(responseCode = "403", description = "You do not act for the lead unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is not assigned or in progress",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ProgressRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        TaskService.Changed<ProgressReport> done = tasks.reportProgress(taskId, EntityVersions.expectedVersion(ifMatch),
                request.toCommand(), actors.of(http));
        return Response.status(201).entity(ProgressReportResponse.of(done.result()))
                .tag(EntityVersions.tag(done.task().version)).build();
    }

    @GET
    @Path("/{id}/progress-reports")
    @Operation(operationId = "listTaskProgressReports", summary = "The progress reported on a task, oldest first")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<ProgressReportResponse> reports(@PathParam("id") String id,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        UUID taskId = taskId(id);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<ProgressReport> rows = tasks.progressReports(taskId,
                after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size + 1);
        return Page.of(rows, size, ProgressReportResponse::of,
                r -> PageTokens.encode(r.reportedAt.toString(), r.id.toString()));
    }

    @GET
    @Path("/{id}/deadlines")
    @Operation(operationId = "listTaskDeadlines", summary = "Every deadline the task had, first one first")
    @APIResponse(responseCode = "200", description = "The deadlines")
    public List<DeadlineResponse> deadlines(@PathParam("id") String id) {
        return tasks.deadlines(taskId(id)).stream().map(DeadlineResponse::of).toList();
    }

    @POST
    @Path("/{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestTaskExtension", summary = "Ask the assigning level to move the deadline",
            description = "By the lead unit: a later deadline (not after the parent task's) and the reason; one "
                    + "request at a time. Needs If-Match with the task's ETag.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = ExtensionResponse.class)))
    @APIResponse(responseCode = "403", description = "You do not act for the lead unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request is already waiting, or the task is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not later than the current deadline, or after the parent's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestExtension(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ExtensionRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        TaskService.Changed<TaskExtension> done = tasks.requestExtension(taskId, EntityVersions.expectedVersion(ifMatch),
                request.newDeadline(), request.reason(), actors.of(http));
        return Response.status(201).entity(ExtensionResponse.of(done.result()))
                .tag(EntityVersions.tag(done.task().version)).build();
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideTaskExtension", summary = "Approve or refuse an extension",
            description = "By the assigning level. Approval moves the deadline; the old one stays in the deadlines "
                    + "list. Needs If-Match with the task's ETag; the answer's ETag is the task's new one.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ExtensionResponse.class)))
    @APIResponse(responseCode = "403", description = "You are not the assigning level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the task is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decideExtension(@PathParam("id") String id, @PathParam("extensionId") String extensionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ExtensionDecisionRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        UUID extension = QueryParams.uuid("extensionId", extensionId);
        TaskService.Changed<TaskExtension> done = tasks.decideExtension(taskId, extension, EntityVersions.expectedVersion(ifMatch),
                request.decision() == ExtensionDecisionRequest.Decision.APPROVE, request.note(), actors.of(http));
        return Response.ok(ExtensionResponse.of(done.result())).tag(EntityVersions.tag(done.task().version)).build();
    }

    @GET
    @Path("/{id}/extensions")
    @Operation(operationId = "listTaskExtensions", summary = "The extensions asked for a task, oldest first")
    @APIResponse(responseCode = "200", description = "The extensions")
    public List<ExtensionResponse> extensions(@PathParam("id") String id) {
        return tasks.extensions(taskId(id)).stream().map(ExtensionResponse::of).toList();
    }

    @POST
    @Path("/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gradeTask", summary = "Grade the task for a period",
            description = "By the assigning level: EXCEEDED, MET, BASICALLY_COMPLETED (cơ bản hoàn thành) or "
                    + "NOT_MET, once per period (2024, 2024-H1, 2024-Q1). Needs If-Match with the task's ETag.")
    @APIResponse(responseCode = "201", description = "Graded",
            content = @Content(schema = @Schema(implementation = OutcomeResponse.class)))
    @APIResponse(responseCode = "403", description = "You are not the assigning level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already graded for the period, or a draft or cancelled task",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The task changed since your ETag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or If-Match: *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grade(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid OutcomeRequest request,
            @Context HttpServerRequest http) {
        UUID taskId = taskId(id);
        Period period = Period.parse("period", request.period());
        TaskService.Changed<TaskOutcome> done = tasks.grade(taskId, EntityVersions.expectedVersion(ifMatch), period,
                request.grade(), request.note(), actors.of(http));
        return Response.status(201).entity(OutcomeResponse.of(done.result()))
                .tag(EntityVersions.tag(done.task().version)).build();
    }

    @GET
    @Path("/{id}/outcomes")
    @Operation(operationId = "listTaskOutcomes", summary = "The grades of a task, by period")
    @APIResponse(responseCode = "200", description = "The grades")
    public List<OutcomeResponse> outcomes(@PathParam("id") String id) {
        return tasks.outcomes(taskId(id)).stream().map(OutcomeResponse::of).toList();
    }

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "listTaskAudit", summary = "Every change of a task: who, when, what",
            description = "Oldest first; includes its progress reports, extensions and grades.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AuditResponse> audit(@PathParam("id") String id,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        UUID taskId = taskId(id);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<AuditEntry> rows = tasks.audit(taskId,
                after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size + 1);
        return Page.of(rows, size, AuditResponse::of, e -> PageTokens.encode(e.at.toString(), e.id.toString()));
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "listTaskChanges", summary = "Tasks changed since your last sync, for mobile clients",
            description = "Every change of a task of your units after since (UPSERT, with the task) and a REMOVED "
                    + "tombstone for a task cancelled or no longer of your units, oldest first. Page with "
                    + "nextPageToken (keeping since); on the last page keep syncToken and pass it as since next "
                    + "time. The token starts a minute before the last entry, so a change committed late is not "
                    + "missed: entries are idempotent and may repeat.")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(schema = @Schema(implementation = TaskChangeResponse.Page.class)))
    public TaskChangeResponse.Page changes(
            @Parameter(description = "A syncToken from an earlier answer, or an ISO-8601 time with offset "
                    + "(1970-01-01T00:00:00Z for a first full sync)", required = true) @QueryParam("since") String since,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        TaskChanges.Position from = position(since);
        int size = PageTokens.limit(limit);
        ChangeCursor<Long> after = ChangeCursor.decode(pageToken, Long::valueOf);
        TaskChanges.Position page = after == null ? null : new TaskChanges.Position(after.at(), after.key());
        TaskChanges.Feed feed = changes.after(from, page, size);
        LocalDate today = calendar.today();
        return new TaskChangeResponse.Page(feed.entries().stream().map(e -> TaskChangeResponse.of(e, today)).toList(),
                feed.next() == null ? null : encode(feed.next()), feed.sync() == null ? null : encode(feed.sync()));
    }

    @GET
    @Path("/grid")
    @Produces({MediaType.APPLICATION_JSON, XlsxTable.MEDIA_TYPE})
    @Operation(operationId = "getTaskGrid", summary = "The task grid of a subtree as of a day",
            description = "Completed on time, completed late, in progress within the deadline, overdue: one line "
                    + "for the unit's own tasks, one per unit directly below it (its whole subtree), and the total. "
                    + "Timeliness is as of asOf: a task accepted after it counts as not completed; tasks assigned "
                    + "after it, drafts and cancelled tasks do not count. XLSX with format=xlsx or the spreadsheet "
                    + "media type in Accept.")
    @APIResponse(responseCode = "200", description = "The grid",
            content = @Content(schema = @Schema(implementation = TaskGrid.Report.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit, or not one of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grid(
            @Parameter(description = "The unit at the top of the grid", required = true)
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "The day, YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        UUID unit = QueryParams.requiredUuid("orgUnitId", orgUnitId, "the unit at the top of the grid");
        LocalDate day = QueryParams.date("asOf", asOf, calendar.today());
        boolean xlsx = XlsxTable.wanted(format, headers);
        TaskGrid.Report report = grid.of(unit, day);
        if (!xlsx) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TaskGrid.Line l : report.lines()) {
            rows.add(cells(l.ownTasksOnly() ? l.unitName() + " (nhiệm vụ của đơn vị)" : l.unitName(), l));
        }
        rows.add(cells(report.total().unitName(), report.total()));
        byte[] bytes = XlsxTable.write("Nhiệm vụ", "Tình hình thực hiện nhiệm vụ - " + report.orgUnitName()
                + " - đến ngày " + day, List.of("Đơn vị", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn", "Tổng số"), rows);
        return XlsxTable.download("task-grid-" + day, bytes);
    }

    private static List<Object> cells(String name, TaskGrid.Line l) {
        return List.of(name, l.completedOnTime(), l.completedLate(), l.inProgressWithinDeadline(), l.overdue(),
                l.total());
    }

    private Page<TaskResponse> page(TaskFilter filter, String limit, String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        LocalDate today = calendar.today();
        List<Task> rows = tasks.list(filter,
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, t -> TaskResponse.of(t, today),
                t -> PageTokens.encode(t.deadline.toString(), t.id.toString()));
    }

    private static TaskChanges.Position position(String since) {
        if (since == null || since.isBlank()) {
            throw ProblemException.invalid("since", ProblemText.of("field.since-required"));
        }
        try {
            return new TaskChanges.Position(OffsetDateTime.parse(since.strip()), Long.MAX_VALUE);
        } catch (DateTimeParseException notATime) {
            List<String> parts;
            try {
                parts = PageTokens.decode(since.strip(), 2);
            } catch (ProblemException notAToken) {
                throw ProblemException.invalid("since", ProblemText.of("field.since"));
            }
            try {
                return new TaskChanges.Position(OffsetDateTime.parse(parts.get(0)), Long.parseLong(parts.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("since", ProblemText.of("field.since"));
            }
        }
    }

    private static String encode(TaskChanges.Position p) {
        return ChangeCursor.encode(p.at(), p.seq());
    }

    /** A malformed id names no task: the same 404 as a missing one. */
    private static UUID taskId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("task", id);
        }
    }
}
