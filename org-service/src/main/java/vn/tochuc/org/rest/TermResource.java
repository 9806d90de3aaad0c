package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.Term;
import vn.tochuc.org.service.UnitTermService;
import vn.tochuc.platform.problem.Problem;

@Path("/api/v1/terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms and committees")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TermResource {

    private final UnitTermService terms;

    TermResource(UnitTermService terms) {
        this.terms = terms;
    }

    @Schema(name = "Term", description = "A term of office (nhiệm kỳ)")
    public record TermBody(
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be like 2026-2031")
            @Schema(examples = "2026-2031") String code,
            @NotNull @Min(1930) @Max(2200) Integer startYear,
            @NotNull @Min(1930) @Max(2200) Integer endYear,
            @Schema(examples = "Nhiệm kỳ 2025-2030") @NotBlank @Size(max = 100) String nameVi,
            @NotBlank @Pattern(regexp = "PARTY_LOCAL|NATIONAL", message = "must be PARTY_LOCAL or NATIONAL")
            @Schema(description = "PARTY_LOCAL: party congresses of a province and below (2025-2030); NATIONAL: the "
                    + "national congress, the National Assembly and the People's Councils (2026-2031)") String scope) {

        static TermBody of(Term t) {
            return new TermBody(t.code, t.startYear, t.endYear, t.nameVi, t.scope);
        }
    }

    @GET
    @Operation(operationId = "listTerms",
            summary = "List terms of office", description = "With their scope: a unit's congress belongs to the "
            + "scope the rule org.terms gives its kind's category.")
    public List<TermBody> list() {
        return terms.terms().stream().map(TermBody::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTerm",
            summary = "Add a term of office", description = "Its length must be the one the version of the rule "
            + "org.terms in force on 1 January of its first year gives its scope (422 naming the version).")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A length the rule does not give the scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@NotNull(message = "a JSON body is required") @Valid TermBody body) {
        Term term = terms.addTerm(body.code(), body.startYear(), body.endYear(), body.nameVi(), body.scope());
        return Response.created(URI.create("/api/v1/terms")).entity(TermBody.of(term)).build();
    }
}
