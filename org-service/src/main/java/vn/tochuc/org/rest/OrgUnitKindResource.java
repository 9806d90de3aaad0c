package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.org.rules.OrgRule;
import vn.tochuc.org.rules.OrgRules;
import vn.tochuc.org.rules.UnitKindRules;
import vn.tochuc.platform.rules.RuleCitation;
import vn.tochuc.org.service.OrgUnitKindService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;

@Path("/api/v1/org-unit-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org unit kinds", description = "Kinds and levels of units (loại tổ chức, cấp): reference data")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrgUnitKindResource {

    private final OrgUnitKindService kinds;
    private final UnitKindRules kindRules;
    private final OrgRules rules;

    OrgUnitKindResource(OrgUnitKindService kinds, UnitKindRules kindRules, OrgRules rules) {
        this.kinds = kinds;
        this.kindRules = kindRules;
        this.rules = rules;
    }

    @Schema(name = "OrgUnitKind")
    public record KindBody(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code")
            @Schema(examples = "WARD_PARTY_COMMITTEE") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Đảng bộ phường") String nameVi,
            @NotBlank @Size(max = 200) @Schema(examples = "Ward party organization") String nameEn,
            @NotBlank @Pattern(regexp = "PARTY_ORGANIZATION|ADVISORY_BODY|STATE_BODY|FRONT_BODY|OTHER",
                    message = "must be PARTY_ORGANIZATION, ADVISORY_BODY, STATE_BODY, FRONT_BODY or OTHER")
            String category,
            @NotNull @Min(0) @Max(9) @Schema(description = "1 province, 2 above grassroots, 3 grassroots, 4-5 below; "
                    + "0 where no level applies") Integer levelRank,
            @Schema(description = "False retires the kind: existing units keep it, new ones cannot use it")
            Boolean active,
            @Schema(readOnly = true) Long version,
            @Schema(readOnly = true, description = "With asOf, for a party organization: the kinds it may sit under "
                    + "that day (empty: only at the top)") List<String> parentKinds,
            @Schema(readOnly = true, description = "With asOf, for a party organization: the version of the rule "
                    + "org.unit-kinds that says so") RuleCitation rule) {

        static KindBody of(OrgUnitKind kind) {
            return of(kind, null, null);
        }

        static KindBody of(OrgUnitKind kind, List<String> parentKinds, RuleCitation rule) {
            return new KindBody(kind.code, kind.nameVi, kind.nameEn, kind.category, kind.levelRank, kind.active,
                    kind.version, parentKinds, rule);
        }
    }

    @GET
    @Operation(operationId = "listOrgUnitKinds",
            summary = "List org unit kinds", description = "Retired kinds included, marked active=false. With asOf, "
            + "only the kinds a unit established that day may have: the party-organization kinds the version of the "
            + "rule org.unit-kinds in force names (with the kinds each may sit under and the version, marked "
            + "toConfirm when the Board has still to confirm it), and every other active kind.")
    public List<KindBody> list(@QueryParam("asOf") LocalDate asOf) {
        if (asOf == null) {
            return kinds.list().stream().map(KindBody::of).toList();
        }
        Optional<OrgRule> version = rules.inForce(OrgRules.UNIT_KINDS, asOf);
        Map<String, List<String>> inForce = new HashMap<>();
        kindRules.kindsOn(asOf).forEach(k -> inForce.put(k.kind(), k.parentKinds()));
        RuleCitation rule = version.map(OrgRule::citation).orElse(null);
        return kinds.list().stream().filter(k -> k.active)
                .filter(k -> inForce.containsKey(k.code) || !kindRules.governed(k.code))
                .map(k -> inForce.containsKey(k.code) ? KindBody.of(k, inForce.get(k.code), rule) : KindBody.of(k))
                .toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getOrgUnitKind",
            summary = "Read an org unit kind")
    @APIResponse(responseCode = "404", description = "No such kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        OrgUnitKind kind = kinds.get(code);
        if (EntityVersions.notModified(ifNoneMatch, kind.version)) {
            return Response.notModified(EntityVersions.tag(kind.version)).build();
        }
        return Response.ok(KindBody.of(kind)).tag(EntityVersions.tag(kind.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrgUnitKind",
            summary = "Add an org unit kind", description = "For administrators, when the structure gains a kind.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid KindBody body) {
        OrgUnitKind kind = kinds.create(body.code(), body.nameVi(), body.nameEn(), body.category(), body.levelRank());
        return Response.created(URI.create("/api/v1/org-unit-kinds/" + kind.code)).tag(EntityVersions.tag(kind.version))
                .entity(KindBody.of(kind)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrgUnitKind",
            summary = "Change or retire an org unit kind", description = "Requires If-Match; the code stays.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = KindBody.class)))
    @APIResponse(responseCode = "412", description = "The ETag sent is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid KindBody body) {
        OrgUnitKind kind = kinds.update(code, ifMatch, body.code(), body.nameVi(), body.nameEn(), body.category(),
                body.levelRank(), body.active() == null || body.active());
        return Response.ok(KindBody.of(kind)).tag(EntityVersions.tag(kind.version)).build();
    }
}
