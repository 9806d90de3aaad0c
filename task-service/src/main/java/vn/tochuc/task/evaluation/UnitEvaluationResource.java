package vn.tochuc.task.evaluation;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.Representations;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.export.XlsxTable;
import vn.tochuc.task.period.Period;

/** The evaluation of a unit for a period (see {@link UnitEvaluations}), JSON or XLSX. */
@Path("/api/v1/unit-evaluations")
@Tag(name = "Unit evaluation")
public class UnitEvaluationResource {

    private final UnitEvaluations evaluations;
    private final BoardCalendar calendar;
    private final ObjectMapper mapper;

    UnitEvaluationResource(UnitEvaluations evaluations, BoardCalendar calendar, ObjectMapper mapper) {
        this.evaluations = evaluations;
        this.calendar = calendar;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, XlsxTable.MEDIA_TYPE})
    @Operation(operationId = "unitEvaluation", summary = "Evaluate a unit for a period",
            description = "Shares of the subtree's tasks completed on time, late, within the deadline and overdue "
                    + "(tasks due or accepted in the period), of the targets applying to the unit met or exceeded, "
                    + "and of its periodic reports on time, as of asOf (default today), with the rating band they "
                    + "suggest under the configured thresholds (QĐ 366-QĐ/TW). breakdown=children adds each unit "
                    + "directly below. JSON, or XLSX with format=xlsx or Accept: " + XlsxTable.MEDIA_TYPE
                    + ". The ETag is a digest of the answer.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitEvaluationResponse.class)),
                    @Content(mediaType = XlsxTable.MEDIA_TYPE)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "400", description = "Missing or malformed orgUnitId, period, asOf, breakdown or "
            + "format", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit, or not one of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response evaluation(
            @Parameter(description = "The unit evaluated", required = true) @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "2024, 2024-H1 or 2024-Q1", required = true) @QueryParam("period") String period,
            @Parameter(description = "YYYY-MM-DD; today (Asia/Ho_Chi_Minh) when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "children: also each unit directly below") @QueryParam("breakdown")
            String breakdown,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        boolean xlsx = Representations.wantsXlsx(format, headers, XlsxTable.XLSX);
        if (breakdown != null && !breakdown.isBlank() && !"children".equals(breakdown)) {
            throw ProblemException.invalid("breakdown", ProblemText.of("field.breakdown"));
        }
        if (period == null || period.isBlank()) {
            throw ProblemException.invalid("period", ProblemText.of("field.period-evaluated"));
        }
        UnitEvaluationResponse view = UnitEvaluationResponse.of(evaluations.evaluate(
                QueryParams.requiredUuid("orgUnitId", orgUnitId, "the unit evaluated"),
                Period.parse("period", period), QueryParams.date("asOf", asOf, calendar.today()),
                "children".equals(breakdown)), evaluations.thresholds());
        return Representations.answer(json(view), xlsx, ifNoneMatch, () -> XlsxTable.download("danh-gia-"
                + view.period() + "-" + view.asOf(), sheet(view)));
    }

    private static byte[] sheet(UnitEvaluationResponse view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(cells(view.evaluation()));
        view.children().forEach(line -> rows.add(cells(line)));
        return XlsxTable.write("Đánh giá", "Kết quả thực hiện nhiệm vụ, chỉ tiêu - " + view.orgUnitName() + " - kỳ "
                        + view.period() + " - đến ngày " + view.asOf(),
                List.of("Đơn vị", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn",
                        "Quá hạn chưa hoàn thành", "Tỷ lệ đúng hạn (%)", "Số chỉ tiêu", "Đạt và vượt",
                        "Tỷ lệ đạt và vượt (%)", "Báo cáo đúng hạn (%)", "Xếp loại gợi ý"), rows);
    }

    private static List<Object> cells(UnitEvaluationResponse.Line l) {
        List<Object> cells = new ArrayList<>();
        cells.add(l.unitName());
        cells.add(l.tasks().counted());
        cells.add(l.tasks().completedOnTime());
        cells.add(l.tasks().completedLate());
        cells.add(l.tasks().inProgressWithinDeadline());
        cells.add(l.tasks().overdue());
        cells.add(percent(l.tasks().onTimeShare()));
        cells.add(l.targets().applying());
        cells.add(l.targets().metOrExceeded());
        cells.add(percent(l.targets().metShare()));
        cells.add(percent(l.reports().onTimeShare()));
        cells.add(l.suggestedRating() == null ? "Chưa đủ dữ liệu" : switch (l.suggestedRating()) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        });
        return cells;
    }

    private static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private byte[] json(UnitEvaluationResponse view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The evaluation could not be written as JSON", e);
        }
    }
}
