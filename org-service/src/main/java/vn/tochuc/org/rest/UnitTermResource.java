package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.UnitTerm;
import vn.tochuc.org.mapping.RomanNumerals;
import vn.tochuc.org.service.UnitTermService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;

@Path("/api/v1/org-units/{id}/terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms and committees", description = "Terms of office (nhiệm kỳ), congresses and elected bodies")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UnitTermResource {

    private final UnitTermService terms;

    UnitTermResource(UnitTermService terms) {
        this.terms = terms;
    }

    @GET
    @Operation(operationId = "listOrgUnitTerms",
            summary = "List a unit's congresses and elected bodies, term by term")
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnitTermBody> ofUnit(@PathParam("id") UUID unitId) {
        return terms.ofUnit(unitId).stream().map(UnitTermResource::body).toList();
    }

    @PUT
    @Path("/{termCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordOrgUnitTerm",
            summary = "Record a unit's congress for a term", description = "Creates the record (201) or, with "
            + "If-Match, changes it (200). Publishes org.unit.congress-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = UnitTermBody.class)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = UnitTermBody.class)))
    @APIResponse(responseCode = "404", description = "No such unit or term",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The unit did not exist on the congress date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Changing a record needs If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID unitId, @PathParam("termCode") String termCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid UnitTermBody body) {
        UnitTermService.Saved saved = terms.record(unitId, termCode, ifMatch, body);
        return Response.status(saved.created() ? 201 : 200).tag(EntityVersions.tag(saved.unitTerm().version))
                .entity(body(saved.unitTerm())).build();
    }

    private static UnitTermBody body(UnitTerm t) {
        return new UnitTermBody(t.unitId, t.termCode, t.congressOrdinal, RomanNumerals.of(t.congressOrdinal),
                t.congressDate, t.executiveCommitteeSeats, t.standingCommitteeSeats, t.inspectionCommissionSeats,
                t.version);
    }
}
