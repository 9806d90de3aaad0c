package vn.tochuc.cadre.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.JsonColumns;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.repository.ReachablePersons;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** Members waiting for manual placement after their cell was split into several or dissolved. */
@Path("/api/v1/party-members/awaiting-placement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Party members")
@APIResponse(responseCode = "400", description = "Invalid filter or page token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlacementResource {

    private final MembershipMapper memberships;
    private final PersonMapper persons;
    private final JsonColumns json;
    private final ReachablePersons reachable;

    PlacementResource(MembershipMapper memberships, PersonMapper persons, JsonColumns json,
            ReachablePersons reachable) {
        this.memberships = memberships;
        this.persons = persons;
        this.json = json;
        this.reachable = reachable;
    }

    @GET
    @Operation(operationId = "listMembersAwaitingPlacement",
            summary = "List members awaiting placement", description = "Chờ bố trí sinh hoạt: members of a cell "
            + "that ceased in a split (several successors) or a dissolution, by membership id, paged. A transfer "
            + "(POST /api/v1/party-members/{id}/transfers) clears the flag.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PlacementResponse> list(@QueryParam("cellId") String cellId, @QueryParam("limit") String limit,
            @QueryParam("pageToken") String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 1);
        Filters filters = reachable.only(new Filters())
                .andIf(true, "placementFlaggedAt is not null")
                .and("(cellId = :cell or temporaryCellId = :cell)", "cell", QueryParams.uuid("cellId", cellId))
                .and("id > :after", "after",
                        after.isEmpty() ? null : PageTokens.part(after.get(0), UUID::fromString));
        List<PartyMembership> rows = PartyMembership.<PartyMembership>find(filters.where() + " order by id",
                filters.params()).page(0, size + 1).list();
        boolean more = rows.size() > size;
        List<PartyMembership> shown = more ? rows.subList(0, size) : rows;
        return new Page<>(shown.stream().map(this::toResponse).toList(),
                more ? PageTokens.encode(shown.get(shown.size() - 1).id.toString()) : null);
    }

    private PlacementResponse toResponse(PartyMembership m) {
        String name = persons.toSummary(Person.findById(m.personId)).fullName();
        return new PlacementResponse(memberships.toResponse(m, name), m.placementFlaggedAt, m.placementNote,
                json.ids(m.placementCandidates));
    }
}
