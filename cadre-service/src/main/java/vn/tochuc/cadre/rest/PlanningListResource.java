package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ConfidentialAssessments;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.domain.PlanningTerm;
import vn.tochuc.cadre.mapping.PlanningMapper;
import vn.tochuc.cadre.repository.PlanningQueries;
import vn.tochuc.cadre.service.PlanningCoverage;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** Planning lists by person, unit and term, and the coverage report of a unit in a term. */
@Path("/api/v1/plannings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning")
@APIResponse(responseCode = "400", description = "Invalid filter, term or page token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanningListResource {

    private final PlanningQueries queries;
    private final PlanningMapper mapper;
    private final PlanningCoverage coverage;
    private final ConfidentialAssessments assessments;

    PlanningListResource(PlanningQueries queries, PlanningMapper mapper, PlanningCoverage coverage,
            ConfidentialAssessments assessments) {
        this.assessments = assessments;
        this.queries = queries;
        this.mapper = mapper;
        this.coverage = coverage;
    }

    @GET
    @Operation(operationId = "listPlannings",
            summary = "List planning entries of a person, a unit or a term", description = "By term, then id, "
            + "paged. At least one of personId, orgUnitId, term. Entries removed from planning only with "
            + "includeRemoved=true.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PlanningResponse> list(
            @Parameter(description = "The person's entries") @QueryParam("personId") String personId,
            @Parameter(description = "The unit's entries") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "A term such as 2025-2030") @QueryParam("term") String term,
            @Parameter(description = "true: also entries removed from planning")
            @QueryParam("includeRemoved") String includeRemoved,
            @QueryParam("limit") String limit, @QueryParam("pageToken") String pageToken) {
        UUID person = QueryParams.uuid("personId", personId);
        UUID unit = QueryParams.uuid("orgUnitId", orgUnitId);
        Integer termStart = term == null || term.isBlank() ? null : PlanningTerm.parse("term", term).startYear();
        if (person == null && unit == null && termStart == null) {
            throw ProblemException.invalid("personId", "give personId, orgUnitId or term to say which entries to list");
        }
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        Integer afterTerm = after.isEmpty() ? null : PageTokens.part(after.get(0), Integer::valueOf);
        UUID afterId = after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString);
        List<Planning> rows = queries.find(new PlanningQueries.Criteria(person, unit, termStart,
                "true".equalsIgnoreCase(includeRemoved), afterTerm, afterId), size + 1);
        boolean more = rows.size() > size;
        List<Planning> shown = more ? rows.subList(0, size) : rows;
        Planning last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(shown.stream().map(mapper::toResponse).map(assessments::shown).toList(),
                more ? PageTokens.encode(String.valueOf(last.termStart), last.id.toString()) : null);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getPlanningCoverage",
            summary = "Planning coverage of a unit in a term", description = "Per position in effect in the "
            + "term: how many people stand planned; how many positions have nobody planned.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = PlanningCoverageResponse.class)))
    @APIResponse(responseCode = "404", description = "No such org unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanningCoverageResponse coverage(@QueryParam("orgUnitId") String orgUnitId,
            @QueryParam("term") String term) {
        UUID unit = QueryParams.uuid("orgUnitId", orgUnitId);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "is required: the unit whose coverage to report");
        }
        return coverage.of(unit, PlanningTerm.parse("term", term));
    }
}
