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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.StaffingQuota;
import vn.tochuc.org.service.StaffingQuotaService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.QueryParams;

@Path("/api/v1/staffing-quotas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing quotas", description = "Staffing quotas (biên chế) per unit, year and category")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StaffingQuotaResource {

    private final StaffingQuotaService quotas;

    StaffingQuotaResource(StaffingQuotaService quotas) {
        this.quotas = quotas;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setStaffingQuota",
            summary = "Set the first quota of a unit, year and category",
            description = "Publishes org.staffing-quota.set.v1. A later decision goes to /{id}/supersede.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = StaffingQuotaResponse.class)))
    @APIResponse(responseCode = "409", description = "A current quota exists: supersede it instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown unit, or not in effect on validFrom",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(@NotNull(message = "a JSON body is required") @Valid StaffingQuotaRequest request,
            @Context UriInfo uri) {
        return created(quotas.set(request), uri.getAbsolutePathBuilder().path("{id}"));
    }

    @POST
    @Path("/{id}/supersede")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "supersedeStaffingQuota",
            summary = "Supersede a quota by a new decision", description = "The old quota is closed on the new "
            + "one's validFrom and kept as SUPERSEDED. Needs If-Match. Publishes org.staffing-quota.set.v1.")
    @APIResponse(responseCode = "201", description = "The new quota; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = StaffingQuotaResponse.class)))
    @APIResponse(responseCode = "404", description = "No such quota",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already superseded, or the new one does not start later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response supersede(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SupersedeQuotaRequest request, @Context UriInfo uri) {
        StaffingQuota next = quotas.supersede(id, ifMatch, request);
        return created(next, uri.getBaseUriBuilder().path(StaffingQuotaResource.class).path("{id}"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStaffingQuota",
            summary = "Read a staffing quota", description = "Answers 304 when If-None-Match holds the ETag.")
    @APIResponse(responseCode = "200", description = "The quota, with its ETag",
            content = @Content(schema = @Schema(implementation = StaffingQuotaResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such quota",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        StaffingQuota quota = quotas.get(id);
        if (EntityVersions.notModified(ifNoneMatch, quota.version)) {
            return Response.notModified(EntityVersions.tag(quota.version)).build();
        }
        return Response.ok(StaffingQuotaResponse.of(quota)).tag(EntityVersions.tag(quota.version)).build();
    }

    @GET
    @Operation(operationId = "listStaffingQuotas",
            summary = "List staffing quotas", description = "By unit, year, category and start; a page at a time.")
    public Page<StaffingQuotaResponse> list(@QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "Only quotas for this year") @QueryParam("year") String year,
            @Parameter(description = "true: only the current quotas, not the superseded ones")
            @QueryParam("currentOnly") boolean currentOnly,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        Integer quotaYear = year == null || year.isBlank() ? null : QueryParams.integer("year", year, 0, 1945, 2200);
        Page<StaffingQuota> page = quotas.list(QueryParams.uuid("orgUnitId", orgUnitId), quotaYear, currentOnly, limit,
                pageToken);
        return new Page<>(page.items().stream().map(StaffingQuotaResponse::of).toList(), page.nextPageToken());
    }

    private static Response created(StaffingQuota quota, jakarta.ws.rs.core.UriBuilder location) {
        return Response.created(location.build(quota.id)).tag(EntityVersions.tag(quota.version))
                .entity(StaffingQuotaResponse.of(quota)).build();
    }
}
