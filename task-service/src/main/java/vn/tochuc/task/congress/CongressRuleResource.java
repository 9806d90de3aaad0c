package vn.tochuc.task.congress;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.task.access.Actors;

/** The versions of the congress schedule rules (35-CT/TW, 45-CT/TW, ...). */
@Path("/api/v1/congress-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Congress rules", description = "Quy định lịch đại hội theo cấp, theo văn bản (versioned data)")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such rule version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CongressRuleResource {

    private final CongressRules rules;
    private final Actors actors;

    CongressRuleResource(CongressRules rules, Actors actors) {
        this.rules = rules;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueCongressRules", summary = "Issue a version of the congress schedule rules",
            description = "Province-wide roles only. A version is never edited: to correct one, issue a new version "
                    + "with replacesId and If-Match (the ETag of the version replaced). The plans of the term are "
                    + "recomputed (deadline and milestone days) in the same transaction.")
    @APIResponse(responseCode = "201", description = "Issued; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = CongressRuleResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a province-wide role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A version of the term already starts on validFrom, or the "
            + "replaced version was already replaced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The replaced version changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "replacesId without If-Match (or with *)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown replaced version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@NotNull(message = "a JSON body is required") @Valid CongressRuleRequest request,
            @Parameter(description = "With replacesId: the ETag of the version replaced")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        CongressRules.Issued issued = rules.issue(request.toCommand(ifMatch), actors.of(http));
        CongressRuleResponse r = CongressRuleResponse.of(issued.rules(), issued.plansRecomputed());
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                .tag(EntityVersions.tag(r.version())).entity(r).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCongressRules", summary = "Read a version of the congress schedule rules",
            description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The version, with its ETag",
            content = @Content(schema = @Schema(implementation = CongressRuleResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CongressRuleResponse r = CongressRuleResponse.of(rules.get(id));
        if (EntityVersions.notModified(ifNoneMatch, r.version())) {
            return Response.notModified(EntityVersions.tag(r.version())).build();
        }
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    @GET
    @Operation(operationId = "listCongressRules", summary = "List the versions of the congress schedule rules",
            description = "By first day (validFrom); replaced versions only with includeReplaced=true.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<CongressRuleResponse> list(
            @Parameter(description = "A term such as 2025-2030") @QueryParam("term") String term,
            @Parameter(description = "true to list replaced versions too") @QueryParam("includeReplaced")
            String includeReplaced,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<CongressRuleSet> rows = rules.list(CongressResource.term(term, null), flag(includeReplaced),
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, CongressRuleResponse::of,
                s -> PageTokens.encode(s.validFrom.toString(), s.id.toString()));
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw ProblemException.invalid("includeReplaced", ProblemText.of("field.true-or-false"));
    }
}
