package vn.tochuc.org.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.tochuc.org.domain.RestructuringCase;
import vn.tochuc.org.rest.RestructuringCaseResponse;

/** Turns a stored case into what the API answers. */
public final class RestructuringCaseMapper {

    private RestructuringCaseMapper() {
    }

    public static RestructuringCaseResponse toResponse(RestructuringCase c, ObjectMapper mapper) {
        return new RestructuringCaseResponse(c.id, c.type, c.status, c.title, c.effectiveDate, c.decision(),
                tree(c.spec, mapper), tree(c.result, mapper), c.failureReason, c.version, c.createdAt, c.updatedAt,
                c.approvedAt, c.appliedAt);
    }

    private static JsonNode tree(String json, ObjectMapper mapper) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case JSON cannot be read", e);
        }
    }
}
