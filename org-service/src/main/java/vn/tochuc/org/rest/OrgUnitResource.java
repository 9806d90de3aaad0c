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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.mapping.OrgUnitMapper;
import vn.tochuc.org.service.OrgUnitService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "Organization units (đơn vị, tổ chức đảng), effective-dated")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrgUnitResource {

    private static final String AS_OF = "The date the answer is about (YYYY-MM-DD); today when absent";

    private final OrgUnitService units;
    private final TreeAnswers answers;

    OrgUnitResource(OrgUnitService units, TreeAnswers answers) {
        this.units = units;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrgUnit",
            summary = "Establish an org unit", description = "Stores the unit and publishes org.unit.created.v1. "
            + "Later changes of name, parent or kind go through restructuring cases.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown kind or parent, or a parent not in effect on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateOrgUnitRequest request,
            @Context UriInfo uri) {
        OrgUnitSnapshot unit = units.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id().toString()).build())
                .tag(EntityVersions.tag(unit.version()))
                .entity(OrgUnitMapper.toResponse(unit, unit.validFrom()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrgUnit",
            summary = "Read an org unit as of a date", description = "Answers 304 when If-None-Match holds the "
            + "current ETag.")
    @APIResponse(responseCode = "200", description = "The unit, with its ETag",
            content = @Content(schema = @Schema(implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such unit, or it did not exist on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LocalDate date = asOf(asOf);
        OrgUnitSnapshot unit = units.get(id, date);
        if (EntityVersions.notModified(ifNoneMatch, unit.version())) {
            return Response.notModified(EntityVersions.tag(unit.version())).build();
        }
        return Response.ok(OrgUnitMapper.toResponse(unit, date)).tag(EntityVersions.tag(unit.version())).build();
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listOrgUnitChildren",
            summary = "List a unit's children as of a date")
    @APIResponse(responseCode = "404", description = "No such unit, or it did not exist on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OrgUnitResponse> children(@PathParam("id") UUID id,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        LocalDate date = asOf(asOf);
        return units.children(id, date).stream().map(u -> OrgUnitMapper.toTreeNode(u, date)).toList();
    }

    @GET
    @Path("/{id}/subtree")
    @Operation(operationId = "getOrgUnitSubtree",
            summary = "List a unit and everything below it as of a date", description = "Depth first, siblings "
            + "by name; each item carries its depth below the unit.")
    @APIResponse(responseCode = "404", description = "No such unit, or it did not exist on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The units, streamed as they are read, with a weak ETag",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response subtree(@PathParam("id") UUID id,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "How many levels below the unit, 0-50; all when absent")
            @QueryParam("depth") String depth,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.answer(id, asOf(asOf), depth(depth), ifNoneMatch);
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(operationId = "listOrgUnitAncestors",
            summary = "List a unit's ancestors as of a date", description = "From the root down to the parent.")
    @APIResponse(responseCode = "404", description = "No such unit, or it did not exist on the date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<OrgUnitResponse> ancestors(@PathParam("id") UUID id,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        LocalDate date = asOf(asOf);
        return units.ancestors(id, date).stream().map(u -> OrgUnitMapper.toResponse(u, date)).toList();
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getOrgTree",
            summary = "List the whole structure as of a date", description = "Every unit from the roots down, "
            + "depth first, each with its depth.")
    @APIResponse(responseCode = "200", description = "The units, streamed as they are read, with a weak ETag",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrgUnitResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response tree(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "How many levels below the roots, 0-50; all when absent")
            @QueryParam("depth") String depth,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return answers.answer(null, asOf(asOf), depth(depth), ifNoneMatch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrgUnitHistory",
            summary = "List every version of a unit", description = "Names, kinds and parents over time.")
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrgUnitHistoryResponse history(@PathParam("id") UUID id) {
        var versions = units.history(id);
        String code = units.codeOf(id);
        List<OrgUnitHistoryResponse.Version> steps = new java.util.ArrayList<>(versions.stream()
                .map(v -> new OrgUnitHistoryResponse.Version(v.validFrom, v.validTo, v.name, v.shortName, v.kind,
                        v.parentId, v.change, v.caseId)).toList());
        units.ceasing(id).ifPresent(c -> {
            var last = versions.get(versions.size() - 1);
            steps.add(new OrgUnitHistoryResponse.Version(c.on(), null, last.name, last.shortName, last.kind,
                    last.parentId, c.how(), c.caseId()));
        });
        return new OrgUnitHistoryResponse(id, code, steps);
    }

    @GET
    @Path("/{id}/lineage")
    @Operation(operationId = "getOrgUnitLineage",
            summary = "List a unit's predecessors and successors", description = "Which units it came from and "
            + "which it became, by merger, consolidation or split.")
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrgUnitLineageResponse lineage(@PathParam("id") UUID id) {
        return new OrgUnitLineageResponse(id,
                units.predecessors(id).stream().map(OrgUnitResource::edge).toList(),
                units.successors(id).stream().map(OrgUnitResource::edge).toList());
    }

    private static OrgUnitLineageResponse.Edge edge(OrgUnitService.LineageLink link) {
        return new OrgUnitLineageResponse.Edge(link.unitId(), link.code(), link.name(), link.edge().relation,
                link.edge().effectiveDate, link.edge().caseId);
    }

    @GET
    @Operation(operationId = "searchOrgUnits",
            summary = "Find org units", description = "With q: units whose name contains it, ignoring case and "
            + "diacritics, closest matches first. Without q: every unit in effect, by name. A page at a time.")
    @APIResponse(responseCode = "200", description = "One page of units")
    public Page<OrgUnitResponse> search(
            @Parameter(description = "Part of the name; 'tinh uy' finds 'Tỉnh ủy'") @QueryParam("q") String query,
            @Parameter(description = "Exact code, any case") @QueryParam("code") String code,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        LocalDate date = asOf(asOf);
        Page<OrgUnitSnapshot> page = units.search(query, code, date, limit, pageToken);
        return new Page<>(page.items().stream().map(u -> OrgUnitMapper.toResponse(u, date)).toList(),
                page.nextPageToken());
    }

    private static LocalDate asOf(String asOf) {
        return QueryParams.date("asOf", asOf, LocalDate.now());
    }

    private static int depth(String depth) {
        return QueryParams.integer("depth", depth, OrgUnitService.MAX_DEPTH, 0, OrgUnitService.MAX_DEPTH);
    }
}
