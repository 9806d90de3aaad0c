package vn.tochuc.task.congress;

import io.vertx.core.http.HttpServerRequest;
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
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.access.Actors;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.export.XlsxTable;

/** Congress preparation plans of the 2025-2030 term (and later ones), and the progress board. */
@Path("/api/v1/congresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Congresses", description = "Chuẩn bị và tổ chức đại hội đảng bộ các cấp")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such plan or unit, or not in the caller's scope",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CongressResource {

    static final String DEFAULT_TERM = "2025-2030";

    private final CongressPlans plans;
    private final CongressBoard board;
    private final BoardCalendar calendar;
    private final Actors actors;

    CongressResource(CongressPlans plans, CongressBoard board, BoardCalendar calendar, Actors actors) {
        this.plans = plans;
        this.board = board;
        this.calendar = calendar;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCongressPlan", summary = "Open the preparation plan of a unit's congress",
            description = "One plan per unit and term. A planned date is judged by the rule version in force on it.")
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = CongressPlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a plan for the term",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or out-of-scope unit, a kind that holds no congress, "
            + "or a planned date the rules refuse (names the rule version and its legal basis)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull(message = "a JSON body is required") @Valid CongressPlanRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        CongressPlanResponse p = CongressPlanResponse.of(plans.create(request.toCommand(), actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .tag(EntityVersions.tag(p.version())).entity(p).build();
    }

    @POST
    @Path("/subtree-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planCongressSubtree", summary = "Open a plan for every party organization of a subtree",
            description = "The unit and every active unit below it whose kind a rule version of the term schedules. "
                    + "Idempotent: units that have a plan keep it.")
    @APIResponse(responseCode = "200", description = "What was opened",
            content = @Content(schema = @Schema(implementation = CongressPlans.SubtreePlanning.class)))
    @APIResponse(responseCode = "422", description = "Unknown or out-of-scope unit, or no rules for the term",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CongressPlans.SubtreePlanning planSubtree(
            @NotNull(message = "a JSON body is required") @Valid SubtreePlanRequest request,
            @Context HttpServerRequest http) {
        return plans.planSubtree(request.orgUnitId(), request.term(), actors.of(http));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCongressPlan", summary = "Read a congress plan",
            description = "With the milestones' planned days (from the rules) and actual days. Answers 304 when "
                    + "If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The plan, with its ETag",
            content = @Content(schema = @Schema(implementation = CongressPlanResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CongressPlanResponse p = CongressPlanResponse.of(plans.get(id));
        if (EntityVersions.notModified(ifNoneMatch, p.version())) {
            return Response.notModified(EntityVersions.tag(p.version())).build();
        }
        return Response.ok(p).tag(EntityVersions.tag(p.version())).build();
    }

    @GET
    @Operation(operationId = "listCongressPlans", summary = "List congress plans",
            description = "The plans in the caller's scope, of the subtree of orgUnitId when given.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<CongressPlanResponse> list(
            @Parameter(description = "Only this unit and the units below it") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "A term such as 2025-2030") @QueryParam("term") String term,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 1);
        List<PlanDetails> rows = plans.list(QueryParams.uuid("orgUnitId", orgUnitId), term(term, null),
                after.isEmpty() ? null : PageTokens.part(after.get(0), UUID::fromString), size);
        return Page.of(rows, size, CongressPlanResponse::of, d -> PageTokens.encode(d.plan().id.toString()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "scheduleCongress", summary = "Set the planned date, type or pilot flag of a congress",
            description = "Needs If-Match. The planned date must fall on or before the level's deadline, before the "
                    + "superior's congress and after the subordinates' by the rule version in force on it; a "
                    + "refusal names that version and its legal basis. The milestones' planned days follow.")
    @APIResponse(responseCode = "200", description = "The plan as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = CongressPlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The congress was already held",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The rules refuse the planned date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response schedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScheduleRequest request,
            @Context HttpServerRequest http) {
        return written(plans.schedule(id, ifMatch, request.toCommand(), actors.of(http)));
    }

    @POST
    @Path("/{id}/milestones/{milestone}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reachCongressMilestone", summary = "Record a milestone reached",
            description = "PLAN_APPROVED, DOCUMENTS_DRAFTED, PERSONNEL_PLAN_APPROVED (recorded by the unit above, "
                    + "whose standing committee approves it) or CONGRESS_HELD (after the personnel plan, unless the "
                    + "rule version says otherwise). Each once; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The plan as changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = CongressPlanResponse.class)))
    @APIResponse(responseCode = "403", description = "PERSONNEL_PLAN_APPROVED by a caller not acting for the unit above",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already reached, or a milestone it needs is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match (or *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reach(@PathParam("id") UUID id,
            @Parameter(description = "PLAN_APPROVED, DOCUMENTS_DRAFTED, PERSONNEL_PLAN_APPROVED or CONGRESS_HELD")
            @PathParam("milestone") String milestone,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid MilestoneRequest request,
            @Context HttpServerRequest http) {
        return written(plans.reach(id, ifMatch, milestone(milestone), request.date(), request.congressOrdinal(),
                actors.of(http)));
    }

    @GET
    @Path("/board")
    @Produces({MediaType.APPLICATION_JSON, XlsxTable.MEDIA_TYPE})
    @Operation(operationId = "congressBoard", summary = "Congress progress board of a subtree as of a date",
            description = "Per level (unit kind) and per unit directly below: plans, planned, prepared (personnel "
                    + "plan approved, not held), held, late (planned date or deadline passed and not held, or held "
                    + "after the deadline), with the rule versions used. JSON, or XLSX with format=xlsx or Accept: "
                    + XlsxTable.MEDIA_TYPE + ".")
    @APIResponse(responseCode = "200", description = "The board",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CongressBoard.Report.class)),
                    @Content(mediaType = XlsxTable.MEDIA_TYPE)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response board(
            @Parameter(description = "The unit at the top of the board", required = true)
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "Default 2025-2030") @QueryParam("term") String term,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        boolean xlsx = XlsxTable.wanted(format, headers);
        CongressBoard.Report report = board.of(
                QueryParams.requiredUuid("orgUnitId", orgUnitId, "the unit at the top of the board"),
                term(term, DEFAULT_TERM), QueryParams.date("asOf", asOf, calendar.today()));
        long tag = (Integer.toUnsignedLong(report.hashCode()) << 1) | (xlsx ? 1 : 0);
        if (EntityVersions.notModified(ifNoneMatch, tag)) {
            return Response.notModified(EntityVersions.tag(tag)).build();
        }
        if (!xlsx) {
            return Response.ok(report).tag(EntityVersions.tag(tag)).build();
        }
        return Response.fromResponse(XlsxTable.download("congress-board-" + report.asOf(), sheet(report)))
                .tag(EntityVersions.tag(tag)).build();
    }

    private static byte[] sheet(CongressBoard.Report report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Toàn bộ", report.unitName(), report.total()));
        report.byLevel().forEach(r -> rows.add(row("Theo cấp", r.unitKind(), r)));
        report.byUnit().forEach(r -> rows.add(row("Theo đơn vị", r.unitName(), r)));
        return XlsxTable.write("Dai hoi", "Tiến độ đại hội nhiệm kỳ " + report.term() + " - " + report.unitName()
                + " - đến ngày " + report.asOf(), List.of("Nhóm", "Cấp / đơn vị", "Số tổ chức", "Đã có lịch",
                "Đã duyệt nhân sự", "Đã đại hội", "Chậm", "Căn cứ"), rows);
    }

    private static List<Object> row(String group, String name, CongressBoard.Row r) {
        return Arrays.asList(group, name, r.plans(), r.planned(), r.prepared(), r.held(), r.late(),
                String.join(", ", r.ruleVersions()));
    }

    private static Response written(PlanDetails details) {
        CongressPlanResponse p = CongressPlanResponse.of(details);
        return Response.ok(p).tag(EntityVersions.tag(p.version())).build();
    }

    private static Milestone milestone(String value) {
        try {
            return Milestone.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "not-found", ProblemText.of("not-found.milestone").with("value", value)
                    .with("allowed", List.of(Milestone.values())));
        }
    }

    /** A term query parameter written YYYY-YYYY; {@code fallback} when absent. */
    static String term(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("^[0-9]{4}-[0-9]{4}$")) {
            throw ProblemException.invalid("term", ProblemText.of("field.term-code"));
        }
        return value.strip();
    }
}
