package vn.tochuc.task.urging;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.calendar.BoardCalendar;

/** The caller's units' task lists: due soon, overdue, waiting for their acceptance. */
@Path("/api/v1/my-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Urging", description = "Đôn đốc: công văn đôn đốc, báo cáo cấp trên")
public class MyTasksResource {

    private final MyTaskService myTasks;
    private final BoardCalendar calendar;

    MyTasksResource(MyTaskService myTasks, BoardCalendar calendar) {
        this.myTasks = myTasks;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "listMyTasks", summary = "Your units' tasks: due soon, overdue, awaiting your acceptance",
            description = "due-soon: open tasks (assigned, in progress, submitted) led by your units with a deadline "
                    + "from today to today + days; overdue: open tasks led by your units past their deadline; "
                    + "awaiting-my-acceptance: submitted tasks your units assigned. Your units are those of your "
                    + "token and the units below them; orgUnitId narrows to one of them and the units below it, and "
                    + "is required for a province-wide caller. By deadline, then id.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Missing or unknown view, a bad number or id, or no orgUnitId "
            + "for a province-wide caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "orgUnitId is not a unit you act for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MyTaskResponse> list(
            @Parameter(description = "due-soon, overdue or awaiting-my-acceptance", required = true)
            @QueryParam("view") String view,
            @Parameter(description = "One of your units (required for a province-wide caller)")
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "due-soon: days ahead, 0-366, default 7") @QueryParam("days") String days,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        MyTaskView which = MyTaskView.parse(view);
        UUID unit = QueryParams.uuid("orgUnitId", orgUnitId);
        int ahead = QueryParams.integer("days", days, 7, 0, 366);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        LocalDate today = calendar.today();
        MyTaskService.MyTasks page = myTasks.list(which, unit, ahead, today,
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size + 1);
        return Page.of(page.tasks(), size, t -> MyTaskResponse.of(t, today, page.noticeCounts().getOrDefault(t.id, 0)),
                t -> PageTokens.encode(t.deadline.toString(), t.id.toString()));
    }
}
