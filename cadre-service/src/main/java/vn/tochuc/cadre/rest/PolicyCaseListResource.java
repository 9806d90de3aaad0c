package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ConfidentialAssessments;
import vn.tochuc.cadre.domain.PolicyCase;
import vn.tochuc.cadre.domain.PolicyCaseStatus;
import vn.tochuc.cadre.mapping.PolicyCaseMapper;
import vn.tochuc.cadre.repository.ReachablePersons;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.web.QueryParams;

/** Policy cases of a person or in a status, oldest first, paged. */
@Path("/api/v1/policy-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy cases")
@APIResponse(responseCode = "400", description = "Invalid filter or page token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PolicyCaseListResource {

    private final PolicyCaseMapper mapper;
    private final ReachablePersons reachable;
    private final ConfidentialAssessments assessments;

    PolicyCaseListResource(PolicyCaseMapper mapper, ReachablePersons reachable,
            ConfidentialAssessments assessments) {
        this.assessments = assessments;
        this.mapper = mapper;
        this.reachable = reachable;
    }

    @GET
    @Operation(operationId = "listPolicyCases",
            summary = "List policy cases of a person or in a status", description = "personId or status is "
            + "required; oldest proposal first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PolicyCaseResponse> list(@Parameter(description = "The person's cases") @QueryParam("personId")
            String personId, @Parameter(description = "PROPOSED, APPROVED, DONE, REJECTED or WITHDRAWN")
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("pageToken") String pageToken) {
        Filters filters = new Filters()
                .and("personId = :person", "person", QueryParams.uuid("personId", personId))
                .and("status = :status", "status", status == null || status.isBlank() ? null
                        : parse("status", status, PolicyCaseStatus::valueOf));
        if (filters.isEmpty()) {
            throw ProblemException.invalid("personId", "give personId or status to say which cases to list");
        }
        reachable.only(filters);
        if (!assessments.readable()) {
            // Open cases are confidential assessments: listed only to those who may read them.
            filters.and("status not in :open", "open", java.util.Arrays.stream(PolicyCaseStatus.values())
                    .filter(PolicyCaseStatus::isOpen).toList());
        }
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        if (!after.isEmpty()) {
            filters.after("createdAt", PageTokens.part(after.get(0), OffsetDateTime::parse),
                    PageTokens.part(after.get(1), UUID::fromString));
        }
        List<PolicyCase> rows = PolicyCase.<PolicyCase>find(filters.orderedBy("createdAt"), filters.params())
                .page(0, size + 1).list();
        boolean more = rows.size() > size;
        List<PolicyCase> shown = more ? rows.subList(0, size) : rows;
        PolicyCase last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(shown.stream().map(mapper::toResponse).toList(),
                more ? PageTokens.encode(last.createdAt.toString(), last.id.toString()) : null);
    }

    private static <T> T parse(String field, String value, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(value.strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalid(field, "is not valid: " + value + " (see the parameter's description)");
        }
    }
}
