package vn.tochuc.cadre.rest;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.ConfidentialAssessments;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.mapping.DisciplineMapper;
import vn.tochuc.cadre.repository.DisciplineQueries;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.service.DisciplineService;
import vn.tochuc.cadre.service.PersonAccess;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.QueryParams;

/** Discipline decisions (kỷ luật) and the discipline register (sổ theo dõi kỷ luật). */
@Path("/api/v1/disciplines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discipline", description = "Kỷ luật đảng và kỷ luật công chức; each decision publishes "
        + "discipline.decided.v1 and bars appointment for a period")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such decision",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person or unit, not a party member, or a form that does "
        + "not fit the subject",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DisciplineResource {

    /** A register covers at most this many days, so one request cannot read the whole table. */
    static final int MAX_PERIOD_DAYS = 3660;

    private final DisciplineService disciplines;
    private final ConfidentialAssessments assessments;
    private final DisciplineQueries queries;
    private final PersonQueries units;
    private final DisciplineMapper mapper;
    private final Callers callers;
    private final PersonAccess access;

    DisciplineResource(DisciplineService disciplines, DisciplineQueries queries, PersonQueries units,
            DisciplineMapper mapper, Callers callers, ConfidentialAssessments assessments, PersonAccess access) {
        this.access = access;
        this.assessments = assessments;
        this.callers = callers;
        this.disciplines = disciplines;
        this.queries = queries;
        this.units = units;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideDiscipline",
            summary = "Record a discipline decision", description = "The form must fit the subject (party "
            + "member, probationary member, civil servant). REMOVAL_FROM_POST (cách chức) ends every appointment "
            + "the person holds on effectiveOn, each with appointment.ended.v1 reason REMOVED_BY_DISCIPLINE.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = DisciplineResponse.class)))
    public Response decide(@NotNull(message = "a JSON body is required") @Valid DisciplineRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        DisciplineResponse d = disciplines.decide(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build())
                .tag(EntityVersions.tag(d.version())).entity(d).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDiscipline",
            summary = "Read a discipline decision", description = "Answers 304 when If-None-Match holds the "
            + "current ETag.")
    @APIResponse(responseCode = "200", description = "The decision, with its ETag",
            content = @Content(schema = @Schema(implementation = DisciplineResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DisciplineResponse d = assessments.shown(disciplines.get(id));
        if (EntityVersions.notModified(ifNoneMatch, d.version())) {
            return Response.notModified(EntityVersions.tag(d.version())).build();
        }
        return Response.ok(d).tag(EntityVersions.tag(d.version())).build();
    }

    @GET
    @Operation(operationId = "listDisciplines",
            summary = "The discipline register", description = "Sổ theo dõi kỷ luật: decisions effective from "
            + "`from` to `to` (inclusive; default: this year so far), of `orgUnitId` and every unit below it, or of "
            + "one person, oldest first, with the count per form.")
    @APIResponse(responseCode = "200", description = "The register",
            content = @Content(schema = @Schema(implementation = DisciplineRegisterResponse.class)))
    public DisciplineRegisterResponse register(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("orgUnitId") String orgUnitId, @QueryParam("personId") String personId) {
        LocalDate end = QueryParams.date("to", to, LocalDate.now());
        LocalDate start = QueryParams.date("from", from, end.withDayOfYear(1));
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "is before from " + start);
        }
        if (start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
            throw ProblemException.invalid("from", "the period may span at most " + MAX_PERIOD_DAYS + " days; ask "
                    + "for a shorter one");
        }
        UUID unit = QueryParams.uuid("orgUnitId", orgUnitId);
        UUID person = QueryParams.uuid("personId", personId);
        // The rows are narrowed to the caller's people anyway; naming another district's unit or person is refused
        // as everywhere else (403 for a unit, 404 for a person), not answered with an empty register of it.
        List<UUID> scope = null;
        if (unit != null) {
            access.requireUnit("orgUnitId", unit);
            // A unit the read model does not know has no subtree: its own id still finds decisions recorded on it.
            scope = units.subtree(unit);
            scope = scope.isEmpty() ? List.of(unit) : scope;
        }
        if (person != null) {
            access.require(person);
        }
        List<Discipline> rows = queries.register(start, end, scope, person);
        Map<String, Long> byForm = rows.stream()
                .collect(Collectors.groupingBy(d -> d.form.name(), TreeMap::new, Collectors.counting()));
        return new DisciplineRegisterResponse(start, end, unit, rows.size(), byForm,
                rows.stream().map(d -> assessments.shown(mapper.toResponse(d, null))).toList());
    }

}
