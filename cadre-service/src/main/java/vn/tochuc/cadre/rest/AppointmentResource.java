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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.AppointmentService;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;

/** Appointments (bổ nhiệm): start one, read it, end it. Lists are in {@link AppointmentListResource}. */
@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Bổ nhiệm, miễn nhiệm: each start and end publishes a "
        + "tochuc.cadre.appointment event that org-service uses for its vacancy report")
@APIResponse(responseCode = "400", description = "Invalid input (dates, under age, malformed JSON)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such appointment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Barred by discipline, already holding the position, or ended",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "The appointment changed since the ETag sent",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "Unknown person or unit, or the unit is not in effect",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppointmentResource {

    private final AppointmentService appointments;
    private final Callers callers;

    AppointmentResource(AppointmentService appointments, Callers callers) {
        this.callers = callers;
        this.appointments = appointments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startAppointment",
            summary = "Appoint a person to a position", description = "Bổ nhiệm / bầu / luân chuyển / biệt phái "
            + "/ bố trí lại. Refused while a discipline decision bars appointment (409, saying until when). "
            + "Publishes appointment.started.v1.")
    @APIResponse(responseCode = "201", description = "Appointed; Location and ETag name the appointment",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    public Response start(@NotNull(message = "a JSON body is required") @Valid AppointmentRequest request,
            @Context HttpServerRequest http,
            @Context UriInfo uri) {
        AppointmentResponse a = appointments.start(request, callers.of(http));
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .tag(EntityVersions.tag(a.version())).entity(a).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppointment",
            summary = "Read an appointment", description = "Answers 304 when If-None-Match holds the current "
            + "ETag.")
    @APIResponse(responseCode = "200", description = "The appointment, with its ETag",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AppointmentResponse a = appointments.get(id);
        if (EntityVersions.notModified(ifNoneMatch, a.version())) {
            return Response.notModified(EntityVersions.tag(a.version())).build();
        }
        return Response.ok(a).tag(EntityVersions.tag(a.version())).build();
    }

    @POST
    @Path("/{id}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endAppointment",
            summary = "End an appointment", description = "Miễn nhiệm (RELIEVED), luân chuyển đi (ROTATED_OUT), "
            + "biệt phái đi (SECONDED_OUT), hết nhiệm kỳ, nghỉ hưu, từ trần ... with If-Match. The record stays "
            + "readable. Publishes appointment.ended.v1.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = AppointmentResponse.class)))
    public Response end(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid AppointmentEndRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        AppointmentResponse a = appointments.end(id, request, ifMatch, callers.of(http));
        return Response.ok(a).tag(EntityVersions.tag(a.version())).build();
    }
}
