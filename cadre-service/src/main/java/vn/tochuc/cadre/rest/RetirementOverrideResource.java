package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.RetirementOverride;
import vn.tochuc.cadre.service.RetirementOverrides;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.QueryParams;

/** Retirement by decision: earlier or later than the statutory roadmap, with the text that allows it. */
@Path("/api/v1/cadres/retirement-overrides")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports the Organization Board asks for")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such person in the caller's scope",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RetirementOverrideResource {

    private final RetirementOverrides overrides;
    private final Callers callers;

    RetirementOverrideResource(RetirementOverrides overrides, Callers callers) {
        this.overrides = overrides;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordRetirementOverride", summary = "Record a retirement by decision",
            description = "Earlier (Decree 135/2020 art. 5) or later "
            + "(e.g. listed female leaders, Decree 83/2022) than the statutory day, on a ground of the rule "
            + "cadre.retirement-overrides in force on decidedOn and within its months; the latest decision of a "
            + "person takes precedence over the roadmap in the retirement forecast. Audited on the person.")
    @APIResponse(responseCode = "201", description = "Recorded, with the version that allowed it",
            content = @Content(schema = @Schema(implementation = RetirementOverrideResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown person, a ground the version does not hold, or a day "
            + "outside what the ground allows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull(message = "a JSON body is required") @Valid RetirementOverrideRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        RetirementOverride o = overrides.record(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().queryParam("personId", o.personId).build())
                .entity(RetirementOverrideResponse.of(o, true)).build();
    }

    @GET
    @Operation(operationId = "listRetirementOverrides", summary = "A person's retirement decisions",
            description = "Latest first; the first is in effect.")
    @APIResponse(responseCode = "200", description = "The decisions")
    public List<RetirementOverrideResponse> list(
            @Parameter(description = "The person", required = true) @QueryParam("personId") String personId) {
        if (personId == null || personId.isBlank()) {
            throw vn.tochuc.platform.problem.ProblemException.invalid("personId", "is required");
        }
        List<RetirementOverride> all = overrides.of(QueryParams.uuid("personId", personId));
        List<RetirementOverrideResponse> shown = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            shown.add(RetirementOverrideResponse.of(all.get(i), i == 0));
        }
        return shown;
    }
}
