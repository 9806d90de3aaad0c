package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.RatingReport;
import vn.tochuc.cadre.service.RatingService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.QueryParams;

/** Yearly quality ratings (đánh giá, xếp loại chất lượng) and their distribution per grassroots organization. */
@Path("/api/v1/quality-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality ratings", description = "Xếp loại chất lượng hằng năm")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such rating",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The person is already rated for the year",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "The rating changed since the ETag sent",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RatingResource {

    private final RatingService ratings;
    private final RatingReport report;
    private final Callers callers;

    RatingResource(RatingService ratings, RatingReport report, Callers callers) {
        this.callers = callers;
        this.ratings = ratings;
        this.report = report;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordQualityRating",
            summary = "Record a person's rating for a year", description = "One rating per person and year.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RatingResponse.class)))
    public Response record(@NotNull(message = "a JSON body is required") @Valid RatingRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        RatingResponse r = ratings.record(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                .tag(EntityVersions.tag(r.version())).entity(r).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctQualityRating",
            summary = "Correct a rating", description = "With If-Match; person and year stay; audited.")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = RatingResponse.class)))
    public Response correct(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid RatingRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        RatingResponse r = ratings.correct(id, request, ifMatch, callers.of(http));
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQualityRating",
            summary = "Read a rating", description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The rating, with its ETag",
            content = @Content(schema = @Schema(implementation = RatingResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RatingResponse r = ratings.get(id);
        if (EntityVersions.notModified(ifNoneMatch, r.version())) {
            return Response.notModified(EntityVersions.tag(r.version())).build();
        }
        return Response.ok(r).tag(EntityVersions.tag(r.version())).build();
    }

    @GET
    @Path("/report")
    @Operation(operationId = "getQualityRatingReport",
            summary = "Rating distribution of a grassroots organization", description = "Ratings of `year` "
            + "(default: last year) given by `orgUnitId` and the units below it, per grade, and whether excellent "
            + "stays within the cap (the rule cadre.rating.excellent-cap in force at the year's end, named in capRule).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = RatingReportResponse.class)))
    public RatingReportResponse report(@QueryParam("year") String year, @QueryParam("orgUnitId") String orgUnitId) {
        int thisYear = LocalDate.now().getYear();
        int y = QueryParams.integer("year", year, thisYear - 1, 1945, thisYear);
        return report.of(y, QueryParams.requiredUuid("orgUnitId", orgUnitId,
                "the grassroots organization to report on"));
    }
}
