package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.PersonService;
import vn.tochuc.cadre.service.SensitiveFields;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.web.RequestIds;

/** Writes and reads of one CV. The list and search are in {@link PersonListResource}. */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "CVs (sơ yếu lý lịch 2C) of cadres and party members")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonResource {


    private final PersonService persons;
    private final Callers callers;
    private final SensitiveFields sensitive;

    PersonResource(PersonService persons, Callers callers, SensitiveFields sensitive) {
        this.sensitive = sensitive;
        this.callers = callers;
        this.persons = persons;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPerson",
            summary = "Record a person's CV", description = "Refuses a national ID already on record (409). "
            + "A person with the same birth name and date of birth is still created, with a possible-duplicate "
            + "warning naming the other record.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "409", description = "The national ID belongs to another person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown reference code or org unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid PersonRequest request,
            @Context HttpServerRequest http, @Context UriInfo uri) {
        PersonResponse person = sensitive.shown(persons.create(request, callers.of(http)), RequestIds.current(http));
        return Response.created(uri.getAbsolutePathBuilder().path(person.id().toString()).build())
                .tag(EntityVersions.tag(person.version())).entity(person).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson",
            summary = "Read a person's CV", description = "Answers 304 when If-None-Match holds the current ETag. "
            + "National ID, ethnicity, religion and family are shown only to board, unit and protection officers, "
            + "and each such read is recorded; other roles get them blank and listed in withheld.")
    @APIResponse(responseCode = "200", description = "The CV, with its ETag",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest http) {
        PersonResponse person = persons.get(id);
        if (EntityVersions.notModified(ifNoneMatch, person.version())) {
            return Response.notModified(EntityVersions.tag(person.version())).build();
        }
        return Response.ok(sensitive.shown(person, RequestIds.current(http)))
                .tag(EntityVersions.tag(person.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePerson",
            summary = "Correct a person's CV", description = "Replaces the whole CV. Send If-Match with the "
            + "ETag you read; the change is audited field by field. A caller whose roles get the sensitive fields "
            + "withheld sends them blank, as read, and their stored values are kept; a value for one of them is "
            + "403 withheld-field.")
    @APIResponse(responseCode = "200", description = "The CV as now stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "403", description = "A value for a field withheld from the caller's roles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The national ID belongs to another person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The CV changed since the ETag sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown reference code or org unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid PersonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpServerRequest http) {
        PersonResponse person = sensitive.shown(persons.update(id, request, ifMatch, callers.of(http),
                sensitive.seenByCaller()), RequestIds.current(http));
        return Response.ok(person).tag(EntityVersions.tag(person.version())).build();
    }
}
