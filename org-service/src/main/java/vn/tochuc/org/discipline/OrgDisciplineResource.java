package vn.tochuc.org.discipline;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;

@Path("/api/v1/org-disciplines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discipline of party organizations", description = "Reprimand, warning, disbandment (khiển trách, "
        + "cảnh cáo, giải tán) of a party organization, judged by the forms rule in force on the decision's date")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrgDisciplineResource {

    private final OrgDisciplineService disciplines;

    OrgDisciplineResource(OrgDisciplineService disciplines) {
        this.disciplines = disciplines;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOrgDiscipline",
            summary = "Record a discipline decision on a party organization", description = "The form must be one "
            + "the version of org.discipline-forms in force on decidedOn allows for the unit's kind; the answer names "
            + "that version. A disbandment also drafts and approves a DISSOLVE restructuring case for effectiveDate "
            + "(childPlacements for each child unit), applied at once when the date has come. Publishes "
            + "org.unit.disciplined.v1.")
    @APIResponse(responseCode = "201", description = "Recorded, with its ETag")
    @APIResponse(responseCode = "409", description = "The decision is already recorded, or the unit cannot be "
            + "dissolved on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit or not in effect, not a party organization, a "
            + "form the rule in force does not allow, or a child unit left without a new parent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@NotNull(message = "a JSON body is required") @Valid OrgDisciplineRequest body) {
        OrgDiscipline d = disciplines.decide(body);
        return Response.created(URI.create("/api/v1/org-disciplines/" + d.id)).tag(EntityVersions.tag(d.version))
                .entity(OrgDisciplineResponse.of(d)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrgDiscipline",
            summary = "Read a discipline decision on a party organization")
    @APIResponse(responseCode = "200", description = "The decision, with its ETag",
            content = @Content(schema = @Schema(implementation = OrgDisciplineResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrgDiscipline d = disciplines.get(id);
        if (EntityVersions.notModified(ifNoneMatch, d.version)) {
            return Response.notModified(EntityVersions.tag(d.version)).build();
        }
        return Response.ok(OrgDisciplineResponse.of(d)).tag(EntityVersions.tag(d.version)).build();
    }

    @GET
    @Operation(operationId = "listOrgDisciplines",
            summary = "The register of discipline decisions on party organizations", description = "By decision "
            + "date; unitId narrows it to one unit.")
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OrgDisciplineResponse> list(@QueryParam("unitId") UUID unitId,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        Page<OrgDiscipline> page = disciplines.list(unitId, limit, pageToken);
        return new Page<>(page.items().stream().map(OrgDisciplineResponse::of).toList(), page.nextPageToken());
    }
}
