package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.report.MemberStatistics;
import vn.tochuc.cadre.report.MemberStatisticsService;
import vn.tochuc.cadre.report.MemberStatisticsXlsx;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/cadre-statistics")
@Tag(name = "Statistics", description = "Thống kê đảng viên: party members by age, sex, ethnicity, religion, "
        + "education, theory level, and their movements")
public class CadreStatisticsResource {

    private final MemberStatisticsService statistics;

    CadreStatisticsResource(MemberStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/party-members")
    @Produces({MediaType.APPLICATION_JSON, MemberStatisticsXlsx.MEDIA_TYPE})
    @Operation(operationId = "getPartyMemberStatistics",
            summary = "Count party members of a subtree as of a date", description = "JSON, or an XLSX workbook "
            + "with Accept: " + MemberStatisticsXlsx.MEDIA_TYPE + " or format=xlsx. Movements count the period "
            + "from..to, both days included (default: the year up to asOf).")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberStatistics.class)))
    @APIResponse(responseCode = "400", description = "A malformed id, date or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An org unit this service does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response partyMembers(
            @Parameter(description = "The subtree's top unit; every unit when absent") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "Start of the movement period; 1 January of asOf's year when absent")
            @QueryParam("from") String from,
            @Parameter(description = "End of the movement period; asOf when absent") @QueryParam("to") String to,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate date = QueryParams.date("asOf", asOf, LocalDate.now());
        MemberStatistics stats = statistics.compute(QueryParams.uuid("orgUnitId", orgUnitId), date,
                QueryParams.date("from", from, date.withDayOfYear(1)), QueryParams.date("to", to, date));
        if (wantsXlsx(format, accept)) {
            return Response.ok(MemberStatisticsXlsx.write(stats), MemberStatisticsXlsx.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"thong-ke-dang-vien-" + date + ".xlsx\"")
                    .build();
        }
        return Response.ok(stats, MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsXlsx(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("xlsx")) {
                throw ProblemException.invalid("format", "must be json or xlsx");
            }
            return format.equalsIgnoreCase("xlsx");
        }
        return accept != null && accept.contains(MemberStatisticsXlsx.MEDIA_TYPE);
    }
}
