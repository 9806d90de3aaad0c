package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A target to define for a source document. {@code term} may be null to take the document's term; the yearly
 * targets (year to value) must lie within the term.
 */
public record NewTarget(UUID documentId, String code, String name, String unitOfMeasure, Direction direction,
        Aggregation aggregation, Integer baselineYear, BigDecimal baselineValue, String term, BigDecimal termTarget,
        Map<Integer, BigDecimal> yearlyTargets, UUID ownerUnitId) {
}
