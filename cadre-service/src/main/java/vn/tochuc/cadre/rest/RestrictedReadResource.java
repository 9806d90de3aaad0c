package vn.tochuc.cadre.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.cadre.service.PersonAccess;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** The record of reads of restricted data, for those who check that nobody reads what they should not. */
@Path("/api/v1/restricted-reads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PROTECTION_OFFICER})
@Tag(name = "Restricted reads", description = "Who read a person's sensitive fields or protection notes")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Neither administrator nor protection-officer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RestrictedReadResource {

    private final PersonAccess access;

    RestrictedReadResource(PersonAccess access) {
        this.access = access;
    }

    @GET
    @Operation(operationId = "listRestrictedReads",
            summary = "Reads of one person's restricted data, newest first")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "No such person within your org units",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RestrictedReadResponse> list(
            @Parameter(description = "The person read about") @QueryParam("personId") String personId,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String token) {
        UUID person = QueryParams.requiredUuid("personId", personId, "name the person whose reads to list");
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(token, 1);
        long before = after.isEmpty() ? Long.MAX_VALUE : PageTokens.part(after.get(0), Long::parseLong);
        access.require(person);
        List<RestrictedRead> rows = RestrictedRead.<RestrictedRead>find("personId = ?1 and id < ?2 order by id desc",
                person, before).page(0, size + 1).list();
        boolean more = rows.size() > size;
        List<RestrictedRead> shown = more ? rows.subList(0, size) : rows;
        return new Page<>(shown.stream().map(RestrictedReadResponse::of).toList(),
                more ? PageTokens.encode(String.valueOf(shown.get(shown.size() - 1).id)) : null);
    }
}
