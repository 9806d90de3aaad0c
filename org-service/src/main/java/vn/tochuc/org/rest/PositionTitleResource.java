package vn.tochuc.org.rest;

import jakarta.transaction.Transactional;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.PositionTitle;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

@Path("/api/v1/position-titles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Position titles", description = "Titles positions carry (chức danh): reference data")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PositionTitleResource {

    @GET
    @Operation(operationId = "listPositionTitles",
            summary = "List position titles", description = "In report order; a short list, so not paged.")
    public List<PositionTitleResponse> list() {
        return PositionTitle.<PositionTitle>list("order by sortOrder, code").stream()
                .map(PositionTitleResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPositionTitle",
            summary = "Read a position title", description = "Answers 304 when If-None-Match holds the ETag.")
    @APIResponse(responseCode = "200", description = "The title, with its ETag",
            content = @Content(schema = @Schema(implementation = PositionTitleResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such title",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PositionTitle title = PositionTitle.<PositionTitle>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("position title", code));
        if (EntityVersions.notModified(ifNoneMatch, title.version)) {
            return Response.notModified(EntityVersions.tag(title.version)).build();
        }
        return Response.ok(PositionTitleResponse.of(title)).tag(EntityVersions.tag(title.version)).build();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPositionTitle",
            summary = "Add a position title")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = PositionTitleResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid PositionTitleRequest request,
            @Context UriInfo uri) {
        if (PositionTitle.findById(request.code()) != null) {
            throw ProblemException.conflict("duplicate-code", ProblemText.of("duplicate-code.title")
                    .with("code", request.code()));
        }
        PositionTitle title = new PositionTitle();
        title.code = request.code();
        title.nameVi = request.nameVi().strip();
        title.nameEn = request.nameEn().strip();
        Integer last = PositionTitle.getEntityManager()
                .createQuery("select max(t.sortOrder) from PositionTitle t", Integer.class).getSingleResult();
        title.sortOrder = request.sortOrder() != null ? request.sortOrder() : (last == null ? 0 : last) + 10;
        title.active = true;
        title.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        title.updatedAt = title.createdAt;
        title.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(title.code).build())
                .tag(EntityVersions.tag(title.version)).entity(PositionTitleResponse.of(title)).build();
    }
}
