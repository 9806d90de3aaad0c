package vn.tochuc.org.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.RestructuringCase;
import vn.tochuc.org.mapping.RestructuringCaseMapper;
import vn.tochuc.org.service.RestructuringCaseService;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/restructuring-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Restructuring cases", description = "Establish, rename, move, merge, consolidate, split, dissolve, "
        + "change level (sắp xếp tổ chức bộ máy)")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RestructuringCaseResource {

    private final RestructuringCaseService cases;
    private final ObjectMapper mapper;
    private final OrgScope scope;

    RestructuringCaseResource(RestructuringCaseService cases, ObjectMapper mapper, OrgScope scope) {
        this.scope = scope;
        this.cases = cases;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRestructuringCase",
            summary = "Draft a restructuring case", description = "Nothing changes until it is approved.")
    @APIResponse(responseCode = "201", description = "The draft, with its ETag",
            content = @Content(schema = @Schema(implementation = RestructuringCaseResponse.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid RestructuringCaseRequest request,
            @Context UriInfo uri) {
        RestructuringCase c = cases.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(EntityVersions.tag(c.version)).entity(RestructuringCaseMapper.toResponse(c, mapper)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRestructuringCase",
            summary = "Read a restructuring case")
    @APIResponse(responseCode = "200", description = "The case, with its ETag",
            content = @Content(schema = @Schema(implementation = RestructuringCaseResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RestructuringCase c = readable(cases.get(id));
        if (EntityVersions.notModified(ifNoneMatch, c.version)) {
            return Response.notModified(EntityVersions.tag(c.version)).build();
        }
        return versioned(c);
    }

    @GET
    @Operation(operationId = "listRestructuringCases",
            summary = "List restructuring cases", description = "Oldest first, a page at a time; filter by "
            + "status, by a unit the case names (one it changes, moves, ceases or established) and by effective date.")
    public Page<RestructuringCaseResponse> list(
            @Parameter(description = "DRAFT, APPROVED, APPLIED, CANCELLED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "A unit the case names") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "Effective on or after, YYYY-MM-DD") @QueryParam("effectiveFrom") String from,
            @Parameter(description = "Effective on or before, YYYY-MM-DD") @QueryParam("effectiveTo") String to,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        if (!scope.unlimited()) {
            // Proposals are confidential until they take effect: others list only applied cases.
            if (status != null && !status.isBlank()
                    && !RestructuringCase.APPLIED.equalsIgnoreCase(status.strip())) {
                return new Page<>(List.of(), null);
            }
            status = RestructuringCase.APPLIED;
        }
        Page<RestructuringCase> page = cases.list(status, QueryParams.uuid("orgUnitId", orgUnitId),
                QueryParams.date("effectiveFrom", from, null), QueryParams.date("effectiveTo", to, null), limit,
                pageToken);
        return new Page<>(page.items().stream().map(c -> RestructuringCaseMapper.toResponse(c, mapper)).toList(),
                page.nextPageToken());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRestructuringCase",
            summary = "Change a draft case", description = "Requires If-Match with the case's ETag.")
    @APIResponse(responseCode = "200", description = "The changed draft",
            content = @Content(schema = @Schema(implementation = RestructuringCaseResponse.class)))
    @APIResponse(responseCode = "409", description = "The case is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid RestructuringCaseRequest request) {
        return versioned(cases.update(id, ifMatch, request));
    }

    @GET
    @Path("/{id}/preview")
    @Operation(operationId = "previewRestructuringCase",
            summary = "Preview what a case would do", description = "Each affected unit and child before and "
            + "after, checked against the structure as of the effective date. Writes nothing.")
    @APIResponse(responseCode = "200", description = "The effects",
            content = @Content(schema = @Schema(implementation = CasePreviewResponse.class)))
    @APIResponse(responseCode = "409", description = "It touches a ceased unit, would make a cycle, or is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Children left unplaced (listed), unknown units or kinds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CasePreviewResponse preview(@PathParam("id") UUID id) {
        readable(cases.get(id));
        return cases.preview(id);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveRestructuringCase",
            summary = "Approve a draft case", description = "Takes effect at once when its effective date is "
            + "today or past, otherwise on that day. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "APPLIED, or APPROVED and waiting for its date",
            content = @Content(schema = @Schema(implementation = RestructuringCaseResponse.class)))
    @APIResponse(responseCode = "409", description = "Already approved or closed, or the structure forbids it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Children left unplaced (listed), unknown units or kinds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(cases.approve(id, ifMatch));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelRestructuringCase",
            summary = "Cancel a case not yet in effect", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "CANCELLED",
            content = @Content(schema = @Schema(implementation = RestructuringCaseResponse.class)))
    @APIResponse(responseCode = "409", description = "Already applied or closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(cases.cancel(id, ifMatch));
    }

    /**
     * A restructuring proposal is confidential until it takes effect (DOMAIN: "confidential until published"):
     * before that only province-wide roles (Board, administrators) read it; to others it does not exist.
     */
    private RestructuringCase readable(RestructuringCase c) {
        if (!scope.unlimited() && !RestructuringCase.APPLIED.equals(c.status)) {
            throw ProblemException.notFound("restructuring case", c.id);
        }
        return c;
    }

    private Response versioned(RestructuringCase c) {
        return Response.ok(RestructuringCaseMapper.toResponse(c, mapper)).tag(EntityVersions.tag(c.version)).build();
    }
}
