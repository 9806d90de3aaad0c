package vn.tochuc.cadre.rest;

import io.vertx.core.http.HttpServerRequest;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.imports.ImportFiles;
import vn.tochuc.cadre.imports.ImportJob;
import vn.tochuc.cadre.imports.ImportJobResponse;
import vn.tochuc.cadre.imports.ImportRows;
import vn.tochuc.cadre.imports.EthnicityScheme;
import vn.tochuc.cadre.imports.ImportService;
import vn.tochuc.cadre.imports.ImportTemplate;
import vn.tochuc.cadre.imports.RowResult;
import vn.tochuc.cadre.service.SensitiveFields;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;
import vn.tochuc.platform.web.QueryParams;
import vn.tochuc.platform.web.RequestIds;

/** Bulk import of CVs and party admissions from a CSV or XLSX file, run in the background. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk import of persons and party members from CSV or XLSX")
@APIResponse(responseCode = "400", description = "Invalid input",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = "Unexpected failure",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    /** Two CVs with the required columns and two optional ones; a cell with a comma is quoted. */
    static final String CSV_EXAMPLE = "nationalId,surname,middleName,givenName,sex,dateOfBirth,homeTown\r\n"
            + "026075001234,Nguyễn,Trung,Hải,MALE,1975-03-14,\"Vĩnh Yên, Vĩnh Phúc\"\r\n"
            + "026080004321,Nguyễn,Thanh,Tùng,MALE,1980-09-02,\"Tam Dương, Vĩnh Phúc\"\r\n";
    private final ImportService imports;
    private final ImportRows rows;
    private final SensitiveFields sensitive;
    private final Callers callers;

    ImportResource(ImportService imports, ImportRows rows, Callers callers, SensitiveFields sensitive) {
        this.sensitive = sensitive;
        this.callers = callers;
        this.imports = imports;
        this.rows = rows;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "startImport",
            summary = "Start an import", description = "The body is the file itself: Content-Type text/csv "
            + "(UTF-8, comma-separated, header row first) or the XLSX type (first sheet, header row first). Columns "
            + "are named like the API's fields: nationalId, surname, givenName, sex, dateOfBirth are required; "
            + "middleName, otherNames, birthplace, homeTown, ethnicityCode, religionCode, generalEducation, "
            + "educationLevelCode, politicalTheoryCode, stateManagementCode, itLevel, currentOrgUnitId and, for a "
            + "party admission, partyAdmittedOn, partyCellId, sponsor1, sponsor2, partyRecordNumber are optional. "
            + "The national ID is the key: importing the same file again changes nothing.")
    @RequestBody(content = {@Content(mediaType = ImportFiles.CSV, example = CSV_EXAMPLE),
        @Content(mediaType = ImportFiles.XLSX)})
    @APIResponse(responseCode = "202", description = "Accepted; the job runs in the background. Location names it",
            content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 16 MB, goes past row 100,001, "
            + "past column 64 (BL) or has a cell longer than 1,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX, or a CSV not in UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(byte[] file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "The file's name, for the job's record") @QueryParam("fileName") String name,
            @Parameter(description = "Required when the file has an ethnicityCode column: the list its codes come "
                    + "from, QD_1019_2008 (2008 list, the stored codes) or QD_121_1979 (1979 list, crosswalked by the "
                    + "rule cadre.ethnicity-codes)") @QueryParam("ethnicityScheme") String ethnicityScheme,
            @Parameter(description = "Who imports, for the audit trail (until JWT sign-in exists)")
           
            @Context HttpServerRequest http, @Context UriInfo uri) {
        if (name != null && name.length() > 200) {
            throw ProblemException.invalid("fileName", "must be at most 200 characters");
        }
        EthnicityScheme scheme = EthnicityScheme.parse(ethnicityScheme);
        ImportJob job = imports.start(contentType, file, name, scheme, callers.of(http));
        return Response.accepted(ImportJobResponse.of(job))
                .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build()).build();
    }

    @GET
    @Operation(operationId = "listImports",
            summary = "List imports, newest first", description = "Every import job with its status and counts, "
            + "so a job whose id was lost can be found again; filter by status.")
    @APIResponse(responseCode = "200", description = "One page of jobs, newest first")
    public Page<ImportJobResponse> list(
            @Parameter(description = "QUEUED, RUNNING, SUCCEEDED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String token) {
        int rows = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(token, 2);
        List<ImportJob> jobs = ImportJob.newestFirst(QueryParams.enumValue("status", status, ImportJob.Status.class),
                after.isEmpty() ? null : PageTokens.part(after.get(0), OffsetDateTime::parse),
                after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString), rows + 1);
        return Page.of(jobs, rows, ImportJobResponse::of,
                j -> PageTokens.encode(j.createdAt.toString(), j.id.toString()));
    }

    @GET
    @Path("/template")
    @Produces(ImportFiles.CSV)
    @Operation(operationId = "getImportTemplate",
            summary = "Download the import template (CSV)", description = "The header row an import reads: the "
            + "required columns first, then every optional one. Ask for the XLSX type in Accept for a workbook with "
            + "a guide sheet (Vietnamese headers accepted, formats, examples).")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = ImportFiles.CSV, example = ImportTemplate.CSV_EXAMPLE))
    public Response csvTemplate() {
        return Response.ok(ImportTemplate.csv(), ImportFiles.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tochuc-import-template.csv\"").build();
    }

    @GET
    @Path("/template")
    @Produces(ImportFiles.XLSX)
    @Operation(operationId = "getImportTemplate",
            summary = "Download the import template (XLSX)", description = "Sheet 'Danh sách' holds the header "
            + "row to fill in; sheet 'Hướng dẫn' says what each column holds and which Vietnamese header is accepted "
            + "in its place.")
    @APIResponse(responseCode = "200", description = "The template")
    public Response xlsxTemplate() {
        return Response.ok(ImportTemplate.xlsx(), ImportFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"tochuc-import-template.xlsx\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport",
            summary = "Read an import's status and progress", description = "rowsDone of totalRows are "
            + "committed; counts by outcome.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobResponse get(@PathParam("id") UUID id) {
        return ImportJobResponse.of(require(id));
    }

    @GET
    @Path("/{id}/rows")
    @Operation(operationId = "listImportRows",
            summary = "Read an import's per-row report", description = "Row numbers are the file's (the header "
            + "is row 1); a REJECTED row lists every problem field by field.")
    @APIResponse(responseCode = "200", description = "One page of rows in file order")
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RowResult> rows(@PathParam("id") UUID id,
            @Parameter(description = "CREATED, UPDATED, UNCHANGED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1-200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String token,
            @Context HttpServerRequest http) {
        require(id);
        Page<RowResult> page = rows.find(id, status, limit, token);
        return new Page<>(sensitive.shown(page.items(), RowResult::personId, RowResult::withoutNationalId,
                RequestIds.current(http)), page.nextPageToken());
    }

    private static ImportJob require(UUID id) {
        return ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("import", id));
    }
}
