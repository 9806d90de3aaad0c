package vn.tochuc.platform.openapi;

import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.tochuc.platform.web.PageTokens;

/**
 * The limits of query, path and header parameters, as the platform's parsers enforce them. Resources take most
 * query parameters as text and parse them with {@code QueryParams} / {@code PageTokens}, so their Java type says
 * nothing; the parameter's name does, by convention: {@code limit} is {@code PageTokens.limit} (1 to
 * {@link PageTokens#MAX_LIMIT}), {@code pageToken} is {@code PageTokens.decode} (at most
 * {@link PageTokens#MAX_TOKEN_LENGTH} characters), a name ending in {@code Id} is {@code QueryParams.uuid}, and the
 * date names below are {@code QueryParams.date}; each refuses anything else with 400. Any other text parameter is
 * bounded by what the HTTP layer reads at all: a request line of at most {@link #REQUEST_LINE} characters
 * (Vert.x's default, quarkus.http.limits.max-initial-line-length; longer is 414) and headers of at most
 * {@link #HEADERS} bytes (quarkus.http.limits.max-header-size; larger is 431).
 */
public final class ParameterLimits {

    static final int REQUEST_LINE = 4096;
    static final int HEADERS = 20 * 1024;
    static final int UUID_LENGTH = 36;
    static final int DATE_LENGTH = 10;

    /** Query parameters every resource parses with {@code QueryParams.date}. */
    static final Set<String> DATES = Set.of("asOf", "from", "to", "dueFrom", "dueBy", "effectiveFrom", "effectiveTo",
            "deadlineFrom", "deadlineTo");

    private ParameterLimits() {
    }

    static void apply(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getRef() != null || schema == null || schema.getRef() != null) {
            return;
        }
        String name = parameter.getName() == null ? "" : parameter.getName();
        if (Parameter.In.QUERY == parameter.getIn() && name.equals("limit") && ContractFilter.isString(schema)
                && schema.getFormat() == null) {
            schema.setType(java.util.List.of(Schema.SchemaType.INTEGER));
            schema.format("int32").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageTokens.MAX_LIMIT))
                    .defaultValue(PageTokens.DEFAULT_LIMIT);
            return;
        }
        if (!ContractFilter.isString(schema) || schema.getMaxLength() != null || schema.getEnumeration() != null) {
            return;
        }
        if (name.equals("pageToken")) {
            schema.maxLength(PageTokens.MAX_TOKEN_LENGTH);
        } else if ("uuid".equals(schema.getFormat()) || (name.endsWith("Id") && schema.getFormat() == null)) {
            schema.format("uuid").maxLength(UUID_LENGTH);
        } else if ("date".equals(schema.getFormat()) || (DATES.contains(name) && schema.getFormat() == null)) {
            schema.format("date").maxLength(DATE_LENGTH);
        } else if (Parameter.In.HEADER == parameter.getIn()) {
            schema.maxLength(HEADERS);
        } else {
            schema.maxLength(REQUEST_LINE);
        }
    }
}
