package vn.tochuc.task.document;

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
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.task.access.Actors;

/** The documents tasks and targets come from. */
@Path("/api/v1/source-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Source documents", description = "Nghị quyết, chỉ thị, kết luận, kế hoạch, chương trình hành động")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such document",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    private final DocumentService documents;
    private final Actors actors;

    DocumentResource(DocumentService documents, Actors actors) {
        this.documents = documents;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordSourceDocument", summary = "Record a document",
            description = "With replacesId and replacesVersion it replaces an earlier document, which stays "
                    + "readable as REPLACED.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "409", description = "The issuer already has this number, or the replaced "
            + "document was already replaced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The replaced document changed since replacesVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown issuing unit or replaced document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@NotNull(message = "a JSON body is required") @Valid DocumentRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        DocumentResponse d = DocumentResponse.of(documents.issue(request.toCommand(), actors.of(http)));
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build())
                .tag(EntityVersions.tag(d.version())).entity(d).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSourceDocument", summary = "Read a document",
            description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The document, with its ETag",
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DocumentResponse d = DocumentResponse.of(documents.get(id));
        if (EntityVersions.notModified(ifNoneMatch, d.version())) {
            return Response.notModified(EntityVersions.tag(d.version())).build();
        }
        return Response.ok(d).tag(EntityVersions.tag(d.version())).build();
    }

    @GET
    @Operation(operationId = "listSourceDocuments", summary = "List documents",
            description = "Oldest first by issue date; filters combine.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<DocumentResponse> list(
            @Parameter(description = "RESOLUTION, DIRECTIVE, CONCLUSION, PLAN or ACTION_PROGRAMME")
            @QueryParam("kind") String kind,
            @Parameter(description = "A term such as 2020-2025") @QueryParam("term") String term,
            @Parameter(description = "The issuing unit") @QueryParam("issuerUnitId") String issuerUnitId,
            @Parameter(description = "Part of the number, symbol or title; case and diacritics ignored")
            @QueryParam("q") String q,
            @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<SourceDocument> rows = documents.list(QueryParams.enumValue("kind", kind, DocumentKind.class),
                term == null || term.isBlank() ? null : term.strip(), QueryParams.uuid("issuerUnitId", issuerUnitId),
                q, after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size);
        return Page.of(rows, size, DocumentResponse::of, d -> PageTokens.encode(d.issuedOn.toString(), d.id.toString()));
    }
}
