package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.ReferenceCode;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;

/** The reference lists of the CV form, under /api/v1/cadres so the gateway routes them to this service. */
@Path("/api/v1/cadres/reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Danh mục: ethnic groups, religions, education and training levels")
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferenceDataResource {

    @GET
    @Operation(operationId = "listReferenceDataLists",
            summary = "Name the reference lists", description = "ethnicities (dân tộc, 54 groups with the "
            + "statistical codes 01-54), religions (tôn giáo; 00 = none), education-levels (trình độ chuyên môn), "
            + "political-theory-levels (lý luận chính trị), state-management-grades (quản lý nhà nước).")
    public List<String> lists() {
        return ReferenceCode.LISTS;
    }

    @GET
    @Path("/{list}")
    @Operation(operationId = "getReferenceData",
            summary = "List the values of one reference list", description = "In their official order.")
    @APIResponse(responseCode = "200", description = "The codes and names")
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReferenceCodeResponse> values(@PathParam("list") String list) {
        if (!ReferenceCode.LISTS.contains(list)) {
            throw new ProblemException(404, "not-found", "There is no reference list '" + list + "'; the lists are "
                    + String.join(", ", ReferenceCode.LISTS) + ".");
        }
        return ReferenceCode.listOf(list).stream()
                .map(c -> new ReferenceCodeResponse(c.code, c.name, c.nameEn)).toList();
    }
}
