package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.util.UUID;

/** One target's standing for a unit and period: the unit's figure, the target it is judged on, and the status. */
public record UnitTargetStatus(UUID targetId, String code, String name, UUID unitId, String period,
        BigDecimal target, UnitFigure figure, BigDecimal percentOfTarget, TargetStatus status) {
}
