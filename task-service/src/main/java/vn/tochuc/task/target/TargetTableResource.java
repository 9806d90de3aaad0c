package vn.tochuc.task.target;

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
import java.time.LocalDate;
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
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.Representations;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.export.XlsxTable;
import vn.tochuc.task.period.Period;

/** The target table of a unit: target | unit | baseline | target | actual | % | status. */
@Path("/api/v1/targets/table")
@Tag(name = "Targets")
public class TargetTableResource {

    private static final List<String> HEADERS = List.of("Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị", "Đơn vị tính",
            "Năm cơ sở", "Giá trị cơ sở", "Chỉ tiêu kỳ", "Thực hiện", "Tỷ lệ (%)", "Đánh giá");

    private final TargetTableService tables;
    private final BoardCalendar calendar;
    private final ObjectMapper mapper;

    TargetTableResource(TargetTableService tables, BoardCalendar calendar, ObjectMapper mapper) {
        this.tables = tables;
        this.calendar = calendar;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, XlsxTable.MEDIA_TYPE})
    @Operation(operationId = "getTargetTable", summary = "Target table of a unit for a period",
            description = "Per target that applies to the unit (owned by it or a superior): the unit's row (its own "
                    + "figure, else its units' combined) and a row per unit directly below it. JSON, or XLSX with "
                    + "Accept: " + XlsxTable.MEDIA_TYPE + " or format=xlsx. The ETag is a digest of the table.")
    @APIResponse(responseCode = "200", description = "The table",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetTable.class)),
                    @Content(mediaType = XlsxTable.MEDIA_TYPE)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "400", description = "Missing or malformed orgUnitId, period, asOf, documentId or "
            + "format", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit, or not one you act for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response table(
            @Parameter(description = "The unit of the table", required = true) @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "2024-Q1, 2024-H1 or 2024; the year of asOf when absent")
            @QueryParam("period") String period,
            @Parameter(description = "YYYY-MM-DD, the day statuses are judged on; today when absent")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Only the targets of this source document") @QueryParam("documentId")
            String documentId,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        boolean xlsx = XlsxTable.wanted(format, headers);
        UUID unit = QueryParams.requiredUuid("orgUnitId", orgUnitId, "the unit whose table you want");
        LocalDate day = QueryParams.date("asOf", asOf, calendar.today());
        Period of = period == null || period.isBlank() ? Period.year(day.getYear()) : Period.parse("period", period);
        TargetTable table = tables.table(unit, of, day, QueryParams.uuid("documentId", documentId));
        return Representations.answer(json(table), xlsx, ifNoneMatch, () -> XlsxTable.download(
                "target-table-" + table.period(), XlsxTable.write("Chỉ tiêu", "Bảng chỉ tiêu " + table.orgUnitName()
                        + " kỳ " + table.period() + " (đến ngày " + table.asOf() + ")", HEADERS, cells(table))));
    }

    private static List<List<Object>> cells(TargetTable table) {
        List<List<Object>> cells = new ArrayList<>();
        for (TargetTable.Row r : table.rows()) {
            cells.add(Arrays.asList(r.targetCode(), r.targetName(), r.chosenUnit() ? r.unitName() : "  " + r.unitName(),
                    r.unitOfMeasure(), r.baselineYear(), r.baselineValue(), r.target(), r.actual(), r.percentOfTarget(),
                    label(r.status())));
        }
        return cells;
    }

    /** The status as the Board's reports write it. */
    static String label(TargetStatus status) {
        return switch (status) {
            case NO_DATA -> "Chưa có số liệu";
            case TRACKING -> "Đang thực hiện";
            case MET -> "Đạt";
            case EXCEEDED -> "Vượt";
            case NOT_MET -> "Không đạt";
        };
    }

    private byte[] json(TargetTable table) {
        try {
            return mapper.writeValueAsBytes(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The target table could not be written as JSON", e);
        }
    }
}
