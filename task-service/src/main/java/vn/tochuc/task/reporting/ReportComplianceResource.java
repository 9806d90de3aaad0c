package vn.tochuc.task.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.Representations;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.export.XlsxTable;
import vn.tochuc.task.period.Period;

/** Who reported on time, late or not at all, per unit of a subtree (see {@link ReportCompliance}). */
@Path("/api/v1/report-compliance")
@Tag(name = "Periodic reports")
public class ReportComplianceResource {

    private final ReportCompliance compliance;
    private final BoardCalendar calendar;
    private final ObjectMapper mapper;

    ReportComplianceResource(ReportCompliance compliance, BoardCalendar calendar, ObjectMapper mapper) {
        this.compliance = compliance;
        this.calendar = calendar;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, XlsxTable.MEDIA_TYPE})
    @Operation(operationId = "reportCompliance", summary = "Report compliance of a subtree",
            description = "Obligations submitted on time, late, missing and not yet due as of asOf (default today), "
                    + "per unit directly below orgUnitId. JSON, or XLSX with format=xlsx or Accept: "
                    + XlsxTable.MEDIA_TYPE + ". The ETag is a digest of the answer.")
    @APIResponse(responseCode = "200", description = "The view",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComplianceResponse.class)),
                    @Content(mediaType = XlsxTable.MEDIA_TYPE)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "400", description = "Missing or malformed orgUnitId, period, scheduleId, asOf or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit, or not one of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response compliance(
            @Parameter(description = "The unit at the top of the view", required = true)
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "2025-Q1, 2025-H1 or 2025; absent: every period started by asOf in its year")
            @QueryParam("period") String period,
            @Parameter(description = "Only this schedule's obligations") @QueryParam("scheduleId") String scheduleId,
            @Parameter(description = "YYYY-MM-DD; today (Asia/Ho_Chi_Minh) when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        boolean xlsx = Representations.wantsXlsx(format, headers, XlsxTable.XLSX);
        ComplianceResponse view = ComplianceResponse.of(compliance.view(
                QueryParams.requiredUuid("orgUnitId", orgUnitId, "the unit at the top of the view"),
                period == null || period.isBlank() ? null : Period.parse("period", period),
                QueryParams.uuid("scheduleId", scheduleId), QueryParams.date("asOf", asOf, calendar.today())));
        return Representations.answer(json(view), xlsx, ifNoneMatch,
                () -> XlsxTable.download("bao-cao-dinh-ky-" + view.asOf(), sheet(view)));
    }

    private static byte[] sheet(ComplianceResponse view) {
        List<List<Object>> rows = new ArrayList<>();
        view.rows().forEach(r -> rows.add(cells(r.itself() ? r.unitName() + " (bản thân)" : r.unitName(), r)));
        rows.add(cells(view.total().unitName(), view.total()));
        return XlsxTable.write("Báo cáo định kỳ", "Tình hình thực hiện chế độ báo cáo định kỳ - " + view.orgUnitName()
                        + (view.period() == null ? "" : " - kỳ " + view.period()) + " - đến ngày " + view.asOf(),
                List.of("Đơn vị", "Đúng hạn", "Chậm", "Chưa nộp (quá hạn)", "Chưa đến hạn", "Tổng số"), rows);
    }

    private static List<Object> cells(String name, ComplianceResponse.Row r) {
        return List.of(name, r.submittedOnTime(), r.submittedLate(), r.missing(), r.notYetDue(), r.total());
    }

    private byte[] json(ComplianceResponse view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The compliance view could not be written as JSON", e);
        }
    }
}
