package vn.tochuc.org.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.service.UnitTermService;

@Path("/api/v1/terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terms and committees")
public class TermResource {

    private final UnitTermService terms;

    TermResource(UnitTermService terms) {
        this.terms = terms;
    }

    @Schema(name = "Term", description = "A term of office (nhiệm kỳ)")
    public record TermBody(String code, int startYear, int endYear, String nameVi) {
    }

    @GET
    @Operation(summary = "List terms of office")
    public List<TermBody> list() {
        return terms.terms().stream().map(t -> new TermBody(t.code, t.startYear, t.endYear, t.nameVi)).toList();
    }
}
