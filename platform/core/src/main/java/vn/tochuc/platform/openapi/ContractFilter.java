package vn.tochuc.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.tochuc.platform.problem.Problem;

/**
 * What every operation of every service has in common, written into the generated document once here rather than
 * on each resource method: the bearer token it needs (every /api path wants one: the HTTP permissions in each
 * service's application.properties), the error answers any call can get (400 for a malformed parameter or header,
 * 401, 403, 429 from the gateway's rate limits, 500) with the problem+json schema, the gateway's rate-limit headers,
 * the limits of parameters that the platform's parsers enforce ({@link ParameterLimits}), and an example of every
 * request body and 2xx answer, assembled from its schema ({@link ExampleAssembler}).
 *
 * <p>It also refuses to build a document that a generated client could not use well: an /api operation without an
 * operationId or a summary fails the build, naming the method to annotate. Runs at build time, so the document
 * Quarkus stores (quarkus.smallrye-openapi.store-schema-directory) and the one served at /q/openapi are the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    public static final String SECURITY_SCHEME = "bearer";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RETRY_AFTER = "Retry-After";
    /** What SmallRye writes for @NotBlank: "contains a non-blank", not a format. */
    static final String NOT_BLANK = "\\S";
    static final String JSON_NODE = "JsonNode";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String SERVICE_TOKEN = "{Service}";
    static final String RULES_PATH = "/api/v1/rules/";
    /** Every service's HTTP permissions give /api/v1/admin to this role only (platform-security Roles). */
    static final String ADMIN_PATH = "/api/v1/admin";
    static final String ADMINISTRATOR = "administrator";

    /** The answers any /api call can get, whatever the operation; an operation's own description wins. */
    private static final Map<String, String> COMMON_ANSWERS = new LinkedHashMap<>();

    static {
        COMMON_ANSWERS.put("400", "Invalid input: a parameter, header or body field is malformed or out of range "
                + "(errors[] names each field)");
        COMMON_ANSWERS.put("401", "No bearer token, or one that is expired, for another audience or not signed by "
                + "the identity provider");
        COMMON_ANSWERS.put("403", "The token's roles or org units do not allow this call");
        COMMON_ANSWERS.put("429", "Too many calls of this kind by this caller; Retry-After says when to try again");
        COMMON_ANSWERS.put("500", "Unexpected failure; quote the requestId when reporting it");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addHeaders(components);
        if (components.getSchemas() != null && components.getSchemas().containsKey(JSON_NODE)) {
            // SmallRye describes Jackson's JsonNode by its getters (empty, valueNode...), which is not what is sent:
            // the field holds any JSON value
            components.addSchema(JSON_NODE, OASFactory.createSchema().description("Any JSON value"));
            // A field referring to it says nothing more: SmallRye added "type: object" beside the reference in some
            // services and not in others, and the combined document refuses a schema that differs between them.
            components.getSchemas().values().stream()
                    .filter(schema -> schema.getProperties() != null)
                    .flatMap(schema -> schema.getProperties().values().stream())
                    .filter(property -> property.getRef() != null && property.getRef().endsWith("/" + JSON_NODE))
                    .forEach(property -> property.setType(null));
        }
        List<String> missing = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                String where = method + " " + path;
                named(operation, path);
                if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                    missing.add(where + ": no operationId");
                } else if (!operationIds.add(operation.getOperationId())) {
                    missing.add(where + ": operationId '" + operation.getOperationId() + "' is used twice");
                }
                if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                    missing.add(where + ": no summary");
                }
                describe(operation, path, item);
                exemplify(operation, schemas(openAPI));
            });
        });
        exemplifyProblem(schemas(openAPI));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The API document is incomplete; give each operation a unique "
                    + "@Operation(operationId = \"verbNoun\", summary = \"...\") (operationIds become the method names "
                    + "of generated clients, unique across every service):\n  " + String.join("\n  ", missing));
        }
    }

    /**
     * A resource shared by every service (platform-rules' RuleSetResource, served at /api/v1/rules/{service}) names
     * its operations with {@value #SERVICE_TOKEN}, which becomes the service's word from the path, so that the ids
     * stay unique in the gateway's combined document: list{Service}Rules on /api/v1/rules/cadre is listCadreRules.
     */
    private static void named(Operation operation, String path) {
        String id = operation.getOperationId();
        if (id == null || !id.contains(SERVICE_TOKEN) || !path.startsWith(RULES_PATH)) {
            return;
        }
        String service = path.substring(RULES_PATH.length()).split("/", 2)[0];
        if (!service.isEmpty()) {
            operation.setOperationId(id.replace(SERVICE_TOKEN,
                    Character.toUpperCase(service.charAt(0)) + service.substring(1)));
        }
    }

    private static void describe(Operation operation, String path, PathItem item) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // OpenAPI 3.1 lets a bearer requirement list role names: an administrator-only path says so, which also
            // tells a reader (and the OWASP rule on admin paths) that it is not open to every token.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME,
                    path.startsWith(ADMIN_PATH) ? List.of(ADMINISTRATOR) : List.of()));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ParameterLimits::apply);
        }
        if (item.getParameters() != null) {
            item.getParameters().forEach(ParameterLimits::apply);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> answer : COMMON_ANSWERS.entrySet()) {
            if (!responses.hasAPIResponse(answer.getKey())) {
                responses.addAPIResponse(answer.getKey(), OASFactory.createAPIResponse()
                        .description(answer.getValue())
                        .content(problemContent()));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (code.startsWith("2") || code.startsWith("4")) {
                response.addHeader(RATE_LIMIT, ref(RATE_LIMIT));
                response.addHeader(RATE_LIMIT_POLICY, ref(RATE_LIMIT_POLICY));
            }
            response.addHeader(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
            if (code.equals("429") || code.equals("503")) {
                response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
            }
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    /**
     * Every request body and every 2xx answer with content shows an example, assembled from its schema
     * ({@link ExampleAssembler}) unless the operation gives its own. A body that is a file (format binary: an XLSX
     * workbook) has none a document could hold.
     */
    private static void exemplify(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getRef() == null) {
            exemplify(operation.getRequestBody().getContent(), schemas, ExampleAssembler.Side.REQUEST);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getRef() == null) {
                    exemplify(response.getContent(), schemas, ExampleAssembler.Side.RESPONSE);
                }
            });
        }
    }

    private static void exemplify(Content content, Map<String, Schema> schemas, ExampleAssembler.Side side) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(mediaType -> {
            boolean given = mediaType.getExample() != null
                    || (mediaType.getExamples() != null && !mediaType.getExamples().isEmpty());
            if (!given && mediaType.getSchema() != null) {
                ExampleAssembler.of(mediaType.getSchema(), schemas, side).ifPresent(mediaType::setExample);
            }
        });
    }

    /** The error answers' schema shows an example of its own, assembled from its fields' examples. */
    private static void exemplifyProblem(Map<String, Schema> schemas) {
        Schema problem = schemas.get(PROBLEM_SCHEMA.substring(PROBLEM_SCHEMA.lastIndexOf('/') + 1));
        if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            ExampleAssembler.of(problem, schemas, ExampleAssembler.Side.RESPONSE).ifPresent(problem::addExample);
        }
    }

    private static Map<String, Schema> schemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        return components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static void addHeaders(Components components) {
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Set by the gateway when the request's Origin is one of its allowed browser origins "
                        + "(TOCHUC_CORS_ORIGINS; none by default): that origin. Absent otherwise, so browsers on other "
                        + "sites cannot read the answer.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048)));
        components.addHeader(RATE_LIMIT, OASFactory.createHeader()
                .description("Set by the gateway: the caller's calls left in this kind's window and the seconds until "
                        + "it is whole again, e.g. \"reads\";r=1199;t=0 (draft-ietf-httpapi-ratelimit-headers)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(256)));
        components.addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("Set by the gateway: the quota of this kind of call per window, e.g. \"reads\";q=1200;w=60")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(256)));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before sending the call again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(86_400))));
    }

    /**
     * Limits of every schema that its Java type or its Bean Validation annotation already enforces but SmallRye does
     * not write as one: a UUID's or a date's text has a fixed length (Jackson refuses any other), a @Pattern of
     * bounded length bounds the text ({@link PatternLength}; not SmallRye's {@code \S} for @NotBlank, which is a
     * search, not a whole match), and an integer without @Min/@Max still has its Java type's range, which the JSON
     * reader enforces (400 when out of range).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            if ("uuid".equals(schema.getFormat())) {
                schema.setMaxLength(ParameterLimits.UUID_LENGTH);
            } else if ("date".equals(schema.getFormat())) {
                schema.setMaxLength(ParameterLimits.DATE_LENGTH);
            } else if (schema.getPattern() != null && !NOT_BLANK.equals(schema.getPattern())) {
                PatternLength.max(schema.getPattern()).ifPresent(schema::setMaxLength);
            }
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if ("int64".equals(schema.getFormat()) || int32) {
                if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                    schema.setMinimum(java.math.BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
                }
                if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                    schema.setMaximum(java.math.BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
                }
            }
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY) && schema.getItems() == null) {
            if (schema.getRef() != null) {
                // SmallRye calls a JsonNode field (iterable) an array beside its $ref; the $ref alone says what it is
                schema.setType(null);
            } else {
                // a raw list: any JSON values, said explicitly (an array without items reads as a mistake)
                schema.setItems(OASFactory.createSchema().description("Any JSON value"));
            }
        }
        return schema;
    }

    static boolean isString(Schema schema) {
        return schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }
}
