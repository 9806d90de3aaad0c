package vn.tochuc.task.congress;

import vn.tochuc.platform.orgscope.OrgUnitView;

/**
 * A plan with its unit as the org read model knows it (null if the unit is not known here) and the rule version
 * that judges it (null when none is in force on its day).
 */
public record PlanDetails(CongressPlan plan, OrgUnitView unit, CongressRuleSet rules) {
}
