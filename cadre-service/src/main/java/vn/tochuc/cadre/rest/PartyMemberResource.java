package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.service.MembershipLists;
import vn.tochuc.cadre.service.MembershipService;
import vn.tochuc.cadre.service.UnitScope;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/** Party membership (đảng tịch): admission, recognition as full member, transfers, activity, leaving. */
@Path("/api/v1/party-members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party members", description = "Đảng viên: membership steps; each publishes a tochuc.cadre.member event")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such membership",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Already a member, or the membership ended",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "The membership changed since the ETag sent",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person or cell, or probation not over",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PartyMemberResource {

    /** How far ahead the due list looks when the caller gives no dueBy: a cell meets monthly. */
    static final int DEFAULT_DUE_WINDOW_DAYS = 31;

    private final MembershipService members;
    private final MembershipLists lists;
    private final MembershipMapper mapper;
    private final UnitScope units;
    private final ObjectMapper json;
    private final Callers callers;

    PartyMemberResource(MembershipService members, MembershipLists lists, MembershipMapper mapper, UnitScope units,
            ObjectMapper json, Callers callers) {
        this.callers = callers;
        this.members = members;
        this.lists = lists;
        this.mapper = mapper;
        this.units = units;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listPartyMembers",
            summary = "List a person's memberships, or the members due for full membership",
            description = "With personId: every membership the person has had, newest first (the way from a CV to "
                    + "its membership id). Without it: probationary members (dự bị) of the cells in orgUnitId's "
                    + "subtree (default: every unit you act for) whose 12 months end from dueFrom to dueBy "
                    + "(default: today to " + DEFAULT_DUE_WINDOW_DAYS + " days ahead, Vietnam time), earliest "
                    + "first, each with the membership id to recognise from (POST /api/v1/party-members/{id}/"
                    + "recognition). Already overdue members are included when dueFrom is left out.")
    @APIResponse(responseCode = "200", description = "One page of memberships")
    public Page<MembershipResponse> list(@QueryParam("personId") String personId,
            @QueryParam("orgUnitId") String orgUnitId, @QueryParam("dueFrom") String dueFrom,
            @QueryParam("dueBy") String dueBy, @QueryParam("limit") String limit,
            @QueryParam("pageToken") String pageToken) {
        UUID person = QueryParams.uuid("personId", personId);
        if (person != null) {
            return new Page<>(lists.ofPerson(person).stream()
                    .map(n -> mapper.toResponse(n.membership(), n.personName())).toList(), null);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate from = QueryParams.date("dueFrom", dueFrom, null);
        LocalDate until = QueryParams.date("dueBy", dueBy, today.plusDays(DEFAULT_DUE_WINDOW_DAYS));
        if (from != null && from.isAfter(until)) {
            throw ProblemException.invalid("dueFrom", "must not be after dueBy " + until);
        }
        int rows = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<MembershipLists.Named> found = lists.dueForRecognition(units.subtree(orgUnitId), from, until,
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), rows + 1);
        return Page.of(found, rows, n -> mapper.toResponse(n.membership(), n.personName()),
                n -> PageTokens.encode(n.membership().fullMembershipDueOn.toString(), n.membership().id.toString()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "admitPartyMember",
            summary = "Admit a person as a probationary member", description = "Kết nạp: the person must be 18 "
            + "on the day; full membership is due 12 months later. Publishes member.admitted.v1.")
    @APIResponse(responseCode = "201", description = "Admitted; Location and ETag name the membership",
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    public Response admit(@NotNull(message = "a JSON body is required") @Valid AdmissionRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        MembershipResponse m = members.admit(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(m.id().toString()).build())
                .tag(EntityVersions.tag(m.version())).entity(m).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartyMember",
            summary = "Read a membership", description = "Answers 304 when If-None-Match holds the current ETag.")
    @APIResponse(responseCode = "200", description = "The membership, with its ETag",
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        MembershipResponse m = members.get(id);
        if (EntityVersions.notModified(ifNoneMatch, m.version())) {
            return Response.notModified(EntityVersions.tag(m.version())).build();
        }
        return Response.ok(m).tag(EntityVersions.tag(m.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPartyMemberHistory",
            summary = "List every step of a membership", description = "Oldest first, with who and which request.")
    public List<MembershipStepResponse> history(@PathParam("id") UUID id) {
        return members.history(id).stream().map(h -> new MembershipStepResponse(h.step, h.effectiveOn,
                tree(h.details), h.actor, h.requestId, h.at)).toList();
    }

    @POST
    @Path("/{id}/recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recognisePartyMember",
            summary = "Recognise full membership", description = "Công nhận đảng viên chính thức, from the due "
            + "date on. Publishes member.recognised.v1.")
    public Response recognise(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid RecognitionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        return ok(members.recognise(id, request, ifMatch, callers.of(http)));
    }

    @POST
    @Path("/{id}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferPartyMember",
            summary = "Transfer party activity", description = "Chuyển sinh hoạt đảng: permanent, temporary or "
            + "internal. Publishes member.transferred.v1.")
    public Response transfer(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid TransferRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        return ok(members.transfer(id, request, ifMatch, callers.of(http)));
    }

    @POST
    @Path("/{id}/activity")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPartyMemberActivity",
            summary = "Exempt, suspend or restore activity", description = "Miễn sinh hoạt, đình chỉ sinh hoạt. "
            + "Publishes member.activity-changed.v1.")
    public Response activity(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ActivityRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        return ok(members.changeActivity(id, request, ifMatch, callers.of(http)));
    }

    @POST
    @Path("/{id}/leaving")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPartyMemberLeaving",
            summary = "End a membership", description = "Khai trừ, xóa tên, cho ra khỏi Đảng, or death. The "
            + "record stays readable. Publishes member.left.v1.")
    public Response leave(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid LeavingRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        return ok(members.leave(id, request, ifMatch, callers.of(http)));
    }

    private static Response ok(MembershipResponse m) {
        return Response.ok(m).tag(EntityVersions.tag(m.version())).build();
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A membership history row holds unreadable JSON", e);
        }
    }
}
