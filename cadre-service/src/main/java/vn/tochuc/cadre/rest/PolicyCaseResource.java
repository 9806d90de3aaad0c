package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ConfidentialAssessments;
import vn.tochuc.cadre.service.PolicyCaseService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;

/** Policy cases (chính sách cán bộ): propose, read, move through the workflow. Lists: PolicyCaseListResource. */
@Path("/api/v1/policy-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy cases", description = "Tinh giản biên chế, nghỉ hưu trước tuổi: PROPOSED -> APPROVED -> DONE, "
        + "or REJECTED / WITHDRAWN; every step kept")
@APIResponse(responseCode = "400", description = "Invalid input (dates, text too long, malformed JSON)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such policy case",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "An open case of the kind exists, or the step is not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "The case changed since the ETag sent",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person, or not early for an early retirement",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PolicyCaseResource {

    private final PolicyCaseService cases;
    private final Callers callers;
    private final ConfidentialAssessments assessments;

    PolicyCaseResource(PolicyCaseService cases, Callers callers, ConfidentialAssessments assessments) {
        this.assessments = assessments;
        this.callers = callers;
        this.cases = cases;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposePolicyCase",
            summary = "Propose a policy case", description = "Đề nghị tinh giản biên chế / nghỉ hưu trước tuổi "
            + "with its legal basis and proposed date. One open case per person and kind.")
    @APIResponse(responseCode = "201", description = "Proposed; Location and ETag name the case",
            content = @Content(schema = @Schema(implementation = PolicyCaseResponse.class)))
    public Response propose(@NotNull(message = "a JSON body is required") @Valid PolicyCaseRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        PolicyCaseResponse c = cases.propose(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .tag(EntityVersions.tag(c.version())).entity(c).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPolicyCase",
            summary = "Read a policy case with its history", description = "Answers 304 when If-None-Match "
            + "holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The case, with its ETag",
            content = @Content(schema = @Schema(implementation = PolicyCaseResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PolicyCaseResponse c = cases.get(id);
        assessments.requireCaseReadable(id, c.status());
        if (EntityVersions.notModified(ifNoneMatch, c.version())) {
            return Response.notModified(EntityVersions.tag(c.version())).build();
        }
        return Response.ok(c).tag(EntityVersions.tag(c.version())).build();
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "movePolicyCase",
            summary = "Move a policy case on", description = "Approve (with the decision), complete, reject or "
            + "withdraw, with If-Match. The step joins the case's history.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = PolicyCaseResponse.class)))
    public Response move(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PolicyCaseStepRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        PolicyCaseResponse c = cases.move(id, request, ifMatch, callers.of(http));
        return Response.ok(c).tag(EntityVersions.tag(c.version())).build();
    }
}
