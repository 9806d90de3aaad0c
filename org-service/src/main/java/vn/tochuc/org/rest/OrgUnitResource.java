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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.mapping.OrgUnitMapper;
import vn.tochuc.org.service.OrgUnitService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "Organization units (đơn vị, tổ chức đảng)")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrgUnitResource {

    private final OrgUnitService units;

    OrgUnitResource(OrgUnitService units) {
        this.units = units;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an org unit", description = "Stores the unit and publishes org.unit.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown parent, or a date before the parent's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateOrgUnitRequest request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        OrgUnit unit = units.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id.toString()).build())
                .tag(EntityVersions.tag(unit.version))
                .entity(OrgUnitMapper.toResponse(unit))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an org unit", description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The unit, with its ETag",
            content = @Content(schema = @Schema(implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrgUnit unit = units.get(id);
        if (EntityVersions.notModified(ifNoneMatch, unit.version)) {
            return Response.notModified(EntityVersions.tag(unit.version)).build();
        }
        return Response.ok(OrgUnitMapper.toResponse(unit)).tag(EntityVersions.tag(unit.version)).build();
    }

    @GET
    @Operation(summary = "Find org units", description = "By name (ignoring case and diacritics) or code, "
            + "ordered by name, a page at a time.")
    @APIResponse(responseCode = "200", description = "One page of units")
    public Page<OrgUnitResponse> search(
            @Parameter(description = "Part of the name; 'tinh uy' finds 'Tỉnh ủy'") @QueryParam("q") String query,
            @Parameter(description = "Exact code, any case") @QueryParam("code") String code,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") Integer limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        Page<OrgUnit> page = units.search(query, code, limit, pageToken);
        return new Page<>(page.items().stream().map(OrgUnitMapper::toResponse).toList(), page.nextPageToken());
    }
}
