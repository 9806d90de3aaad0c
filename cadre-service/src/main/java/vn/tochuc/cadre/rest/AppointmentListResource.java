package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.mapping.AppointmentMapper;
import vn.tochuc.cadre.repository.AppointmentQueries;
import vn.tochuc.cadre.service.UnitScope;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;

/** Lists of appointments: by person, by unit, and those awaiting re-arrangement after a restructuring. */
@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@APIResponse(responseCode = "400", description = "Invalid filter or page token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppointmentListResource {

    private final AppointmentQueries queries;
    private final AppointmentMapper mapper;
    private final UnitScope units;

    AppointmentListResource(AppointmentQueries queries, AppointmentMapper mapper, UnitScope units) {
        this.queries = queries;
        this.mapper = mapper;
        this.units = units;
    }

    @GET
    @Operation(operationId = "listAppointments",
            summary = "List appointments of a person or a unit", description = "Quá trình công tác / chức vụ "
            + "trong đơn vị: by start date, oldest first, paged. personId or orgUnitId is required.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AppointmentResponse> list(
            @Parameter(description = "The person's appointments") @QueryParam("personId") String personId,
            @Parameter(description = "The unit's appointments") @QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "true: only those still held") @QueryParam("open") String open,
            @QueryParam("limit") String limit, @QueryParam("pageToken") String pageToken) {
        UUID person = QueryParams.uuid("personId", personId);
        UUID unit = QueryParams.uuid("orgUnitId", orgUnitId);
        if (person == null && unit == null) {
            throw ProblemException.invalid("personId", "give personId or orgUnitId to say whose appointments to list");
        }
        return page(person, unit, "true".equalsIgnoreCase(open), false, limit, pageToken);
    }

    @GET
    @Path("/flagged")
    @Operation(operationId = "listFlaggedAppointments",
            summary = "List appointments awaiting re-arrangement", description = "Chờ bố trí lại: appointments "
            + "ended (UNIT_RESTRUCTURED) because their unit ceased (merged, consolidated, split, dissolved), until the "
            + "person starts a new appointment. Optionally of one (ceased) unit.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AppointmentResponse> flagged(@QueryParam("orgUnitId") String orgUnitId,
            @QueryParam("limit") String limit, @QueryParam("pageToken") String pageToken) {
        return page(null, QueryParams.uuid("orgUnitId", orgUnitId), false, true, limit, pageToken);
    }

    @GET
    @Path("/term-expired")
    @Operation(operationId = "listTermExpiredAppointments",
            summary = "List appointments whose term has ended but that are still open", description = "Hết "
            + "nhiệm kỳ: appointments still held whose planned end (the end of the term) is before asOf (default "
            + "today, Vietnam time), in orgUnitId's subtree (default: every unit you act for); the seats to "
            + "re-elect, reappoint or end (POST /api/v1/appointments/{id}/end). By start date, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<AppointmentResponse> termExpired(@QueryParam("orgUnitId") String orgUnitId,
            @Parameter(description = "YYYY-MM-DD; default today") @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit, @QueryParam("pageToken") String pageToken) {
        LocalDate day = QueryParams.date("asOf", asOf, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        List<UUID> units = this.units.subtree(orgUnitId);
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        List<Appointment> rows = queries.termExpired(units, day,
                after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), size + 1);
        return Page.of(rows, size, mapper::toResponse,
                a -> PageTokens.encode(a.startDate.toString(), a.id.toString()));
    }

    private Page<AppointmentResponse> page(UUID person, UUID unit, boolean open, boolean flagged, String limit,
            String pageToken) {
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        LocalDate afterStart = after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse);
        UUID afterId = after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString);
        List<Appointment> rows = queries.find(new AppointmentQueries.Criteria(person, unit, open, flagged,
                afterStart, afterId), size + 1);
        boolean more = rows.size() > size;
        List<Appointment> shown = more ? rows.subList(0, size) : rows;
        Appointment last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new Page<>(shown.stream().map(mapper::toResponse).toList(),
                more ? PageTokens.encode(last.startDate.toString(), last.id.toString()) : null);
    }
}
