package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.Regulation;
import vn.tochuc.org.service.RegulationService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations", description = "Functions and tasks, working rules, working relations of a unit")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegulationResource {

    private final RegulationService regulations;

    RegulationResource(RegulationService regulations) {
        this.regulations = regulations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueRegulation",
            summary = "Issue a regulation", description = "With replacesId, the older one becomes REPLACED from "
            + "the new one's effective date; replacesVersion must then name the version (ETag) of the older one as "
            + "you read it, since replacing changes it. Publishes org.regulation.issued.v1.")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "412", description = "The regulation to replace changed since replacesVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "replacesId without replacesVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The regulation to replace is not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit or regulation, or the unit not in effect",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@NotNull(message = "a JSON body is required") @Valid RegulationBody body) {
        Regulation r = regulations.issue(body);
        return Response.created(URI.create("/api/v1/regulations/" + r.id)).tag(EntityVersions.tag(r.version))
                .entity(body(r)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegulation",
            summary = "Read a regulation")
    @APIResponse(responseCode = "404", description = "No such regulation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Regulation r = regulations.get(id);
        if (EntityVersions.notModified(ifNoneMatch, r.version)) {
            return Response.notModified(EntityVersions.tag(r.version)).build();
        }
        return Response.ok(body(r)).tag(EntityVersions.tag(r.version)).build();
    }

    @GET
    @Operation(operationId = "listRegulations",
            summary = "List a unit's regulations", description = "All of them, or those in force on asOf.")
    public List<RegulationBody> list(@Parameter(required = true) @QueryParam("orgUnitId") String orgUnitId,
            @QueryParam("type") String type,
            @Parameter(description = "Only those in force on this date (YYYY-MM-DD)") @QueryParam("asOf") String asOf) {
        UUID unit = QueryParams.requiredUuid("orgUnitId", orgUnitId, "regulations are listed per unit");
        LocalDate date = QueryParams.date("asOf", asOf, null);
        return regulations.ofUnit(unit, type, date).stream().map(RegulationResource::body).toList();
    }

    @Schema(name = "Repeal")
    public record RepealBody(@NotNull @Schema(description = "First day it no longer applies") LocalDate from) {
    }

    @POST
    @Path("/{id}/repeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "repealRegulation",
            summary = "Repeal a regulation", description = "Requires If-Match. It stays on record as REPEALED.")
    @APIResponse(responseCode = "200", description = "Repealed",
            content = @Content(schema = @Schema(implementation = RegulationBody.class)))
    @APIResponse(responseCode = "409", description = "Not in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response repeal(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid RepealBody body) {
        Regulation r = regulations.repeal(id, ifMatch, body.from());
        return Response.ok(body(r)).tag(EntityVersions.tag(r.version)).build();
    }

    private static RegulationBody body(Regulation r) {
        return new RegulationBody(r.id, r.unitId, r.type, r.number, r.title, r.issuer, r.issuedOn, r.effectiveFrom,
                r.effectiveTo, r.status, r.replacesId, null, r.version);
    }
}
