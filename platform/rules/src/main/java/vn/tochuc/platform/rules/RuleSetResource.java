package vn.tochuc.platform.rules;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.security.SignedInCaller;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.RequestIds;

/**
 * The rules API of one service: list its rules as of a day, read one with all its versions, add a version. A
 * service exposes it by extending this class with its own path, one the gateway routes to it:
 * {@code @Path("/api/v1/rules/cadre") public class CadreRulesResource extends RuleSetResource {}}.
 * Anyone who may read the service may read its rules (they are the law, not personal data); only administrators
 * add versions. (The 404 answers are on each method: SmallRye OpenAPI does not inherit a superclass's
 * class-level ones; the 400 and 500 any operation can give are written once by the platform's ContractFilter.) The
 * operationIds hold {@code {Service}}, which the ContractFilter replaces with the service's word from the path
 * (listCadreRules), so they stay unique in the gateway's combined document.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RuleSetResource {

    @Inject
    Rules rules;

    @Inject
    RuleViews views;

    @Inject
    SignedInCaller caller;

    @GET
    @Operation(operationId = "list{Service}Rules",
            summary = "List the rules as of a day", description = "Each rule with the version in force on asOf "
            + "(default today), the text it comes from, whether its figures are to confirm, and all its versions.")
    public List<RuleResponse> list(@QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf);
        return RuleSet.allByCode().stream().map(r -> views.rule(r, day)).toList();
    }

    @APIResponse(responseCode = "404", description = "No such rule or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @GET
    @Path("/{code}")
    @Operation(operationId = "get{Service}Rule",
            summary = "Read a rule with its versions", description = "The ETag is the rule's version: send it "
            + "in If-Match to add a version.")
    public Response get(@PathParam("code") String code, @QueryParam("asOf") String asOf,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        LocalDate day = day(asOf);
        RuleSet rule = rules.rule(code);
        if (EntityVersions.notModified(ifNoneMatch, rule.version) && asOf == null) {
            return Response.notModified(EntityVersions.tag(rule.version)).build();
        }
        return Response.ok(views.rule(rule, day)).tag(EntityVersions.tag(rule.version)).build();
    }

    @APIResponse(responseCode = "404", description = "No such rule or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @GET
    @Path("/{code}/versions/{id}")
    @Operation(operationId = "get{Service}RuleVersion",
            summary = "Read one version of a rule")
    public RuleVersionResponse version(@PathParam("code") String code, @PathParam("id") String id,
            @QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf);
        UUID versionId = QueryParams.uuid("id", id);
        RuleVersion v = RuleVersion.findById(versionId);
        if (v == null || !v.ruleCode.equals(code)) {
            throw ProblemException.notFound("version of rule " + code, id);
        }
        return views.version(v, day);
    }

    @APIResponse(responseCode = "404", description = "No such rule or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "add{Service}RuleVersion",
            summary = "Add a version of a rule", description = "Administrators only. If-Match must name the "
            + "rule's current ETag (428 without it, 412 when stale). The version judges decisions dated from "
            + "validFrom on; decisions made before keep the version that judged them. Recorded with who and which "
            + "request, and published as vn.tochuc.rule.version-added.v1.")
    @APIResponse(responseCode = "201", description = "Added; ETag is the rule's new version")
    @APIResponse(responseCode = "412", description = "If-Match is not the rule's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid NewRuleVersion body, @Context HttpServerRequest request, @Context UriInfo uri) {
        RuleVersion v = rules.add(code, ifMatch, body, caller.subject(), RequestIds.current(request));
        RuleSet rule = rules.rule(code);
        return Response.created(uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .tag(EntityVersions.tag(rule.version)).entity(views.version(v, v.validFrom)).build();
    }

    /** The day asOf names (400 when it is not a date), by default today. */
    private static LocalDate day(String asOf) {
        return QueryParams.date("asOf", asOf, LocalDate.now());
    }
}
