package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.cadre.repository.ListedPerson;
import vn.tochuc.cadre.service.PersonSearch;
import vn.tochuc.cadre.service.PersonService;
import vn.tochuc.cadre.service.SensitiveFields;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.security.Roles;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.RequestIds;

/** Finding persons, and reading the audit trail of one. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
@APIResponse(responseCode = "400", description = "Invalid parameter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonListResource {

    private final PersonSearch search;
    private final PersonService persons;
    private final ObjectMapper json;
    private final SensitiveFields sensitive;

    PersonListResource(PersonSearch search, PersonService persons, ObjectMapper json,
            SensitiveFields sensitive) {
        this.sensitive = sensitive;
        this.search = search;
        this.persons = persons;
        this.json = json;
    }

    @GET
    @Operation(operationId = "findPersons",
            summary = "Find persons", description = "Sorted the Vietnamese way: by given name, then middle name, "
            + "then surname, in the Vietnamese alphabet (a < ă < â, d < đ, o < ô < ơ, u < ư), tones breaking ties. "
            + "Filters combine; a page at a time.")
    @APIResponse(responseCode = "200", description = "One page of persons")
    @APIResponse(responseCode = "403", description = "A filter on a field withheld from the caller's roles "
            + "(ethnicityCode for viewers, integrators, administrators)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PersonSummary> find(
            @Parameter(description = "Part of a name, ignoring case and diacritics: 'nguyen trung hai' finds "
                    + "'Nguyễn Trung Hải'") @QueryParam("q") String q,
            @Parameter(description = "MALE or FEMALE") @QueryParam("sex") String sex,
            @Parameter(description = "Dân tộc code, e.g. 01") @QueryParam("ethnicityCode") String ethnicityCode,
            @Parameter(description = "Lý luận chính trị code, e.g. CAO_CAP") @QueryParam("politicalTheoryCode")
            String politicalTheoryCode,
            @Parameter(description = "Youngest age in full years, 0-150") @QueryParam("ageMin") String ageMin,
            @Parameter(description = "Oldest age in full years, 0-150") @QueryParam("ageMax") String ageMax,
            @Parameter(description = "Only persons whose current unit is this unit or below it")
            @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "Party membership: PROBATIONARY (dự bị), FULL (chính thức) or LEFT")
            @QueryParam("membershipStage") String membershipStage,
            @Parameter(description = "Only persons holding this org-service position today")
            @QueryParam("positionId") String positionId,
            @Parameter(description = "Only persons rated this way (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED) in "
                    + "ratingYear") @QueryParam("rating") String rating,
            @Parameter(description = "The year of the rating filter; last year when absent")
            @QueryParam("ratingYear") String ratingYear,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken,
            @Context HttpServerRequest http) {
        // ethnicityCode is the one filter on a withheld field today; a new one must be added here.
        sensitive.requireFilterable(java.util.Map.of("ethnicityCode", ethnicityCode == null ? "" : ethnicityCode));
        // the page's statement records the showing of the sensitive fields itself: committed with the read, before
        // the answer is written, in the same round trip
        Optional<RestrictedRead.Reader> reader = sensitive.readerToRecord(RequestIds.current(http));
        Page<ListedPerson> page = search.search(new PersonSearch.Params(q, sex, ethnicityCode, politicalTheoryCode, ageMin,
                ageMax, orgUnitId, membershipStage, positionId, rating, ratingYear, limit, pageToken), reader);
        return new Page<>(sensitive.shownAsRecorded(persons.summaries(page.items()), reader), page.nextPageToken());
    }

    @GET
    @Path("/{id}/audit")
    // The trail holds old and new values of every field, sensitive ones included.
    @RolesAllowed({Roles.BOARD_OFFICER, Roles.UNIT_OFFICER, Roles.PROTECTION_OFFICER})
    @Operation(operationId = "getPersonAudit",
            summary = "List every change to a person's CV", description = "Oldest first: who, when, which "
            + "request, and each field's old and new value.")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryResponse> audit(@PathParam("id") UUID id, @Context HttpServerRequest http) {
        List<vn.tochuc.cadre.domain.PersonAudit> trail = persons.auditOf(id);
        sensitive.trailRead(id, RequestIds.current(http));
        return trail.stream().map(a -> {
            try {
                return new AuditEntryResponse(a.action, a.actor, a.requestId, a.at, json.readTree(a.changes));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Audit row " + a.id + " holds unreadable JSON", e);
            }
        }).toList();
    }
}
