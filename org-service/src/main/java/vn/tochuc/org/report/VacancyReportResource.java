package vn.tochuc.org.report;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.Representations;

@Path("/api/v1/vacancy-reports")
@Tag(name = "Vacancy reports", description = "Seats and staffing quota against people in post, as of a date")
@APIResponse(responseCode = "406", description = "Accept names neither JSON nor XLSX",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class VacancyReportResource {

    private final VacancyReportService reports;
    private final ObjectMapper mapper;
    private final OrgScope scope;

    VacancyReportResource(VacancyReportService reports, ObjectMapper mapper, OrgScope scope) {
        this.scope = scope;
        this.reports = reports;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, VacancyReportXlsx.MEDIA_TYPE})
    @Operation(operationId = "getVacancyReport",
            summary = "Vacancy report of a unit and its subtree as of a date", description = "JSON, or an XLSX "
            + "download with Accept: " + VacancyReportXlsx.MEDIA_TYPE + " or format=xlsx. The ETag is a digest of "
            + "the report: If-None-Match answers 304 while nothing in it changed.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VacancyReport.class)),
                    @Content(mediaType = VacancyReportXlsx.MEDIA_TYPE)})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "400", description = "Missing or malformed orgUnitId, asOf or format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "orgUnitId is outside the org units the caller acts for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such unit, or it did not exist on asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @Parameter(description = "The unit at the top of the report", required = true)
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; today when absent") @QueryParam("asOf") String asOf,
            @Parameter(description = "json or xlsx; overrides Accept") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        boolean xlsx = Representations.wantsXlsx(format, headers, MediaType.valueOf(VacancyReportXlsx.MEDIA_TYPE));
        UUID unitId = parseUnitId(orgUnitId);
        // It names the office holders: only for callers acting for the unit at its top (the same rule as
        // cadre-service's reports), whereas the tree and the positions themselves are public in the province.
        scope.requireUnit("orgUnitId", unitId);
        VacancyReport report = reports.build(unitId, QueryParams.date("asOf", asOf, LocalDate.now()));
        return Representations.answer(json(report), xlsx, ifNoneMatch, () -> Response.ok(
                VacancyReportXlsx.write(report), VacancyReportXlsx.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"vacancy-report-" + report.asOf() + ".xlsx\"").build());
    }

    private static UUID parseUnitId(String value) {
        return QueryParams.requiredUuid("orgUnitId", value, "the unit at the top of the report");
    }

    private byte[] json(VacancyReport report) {
        try {
            return mapper.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The vacancy report could not be written as JSON", e);
        }
    }

}
