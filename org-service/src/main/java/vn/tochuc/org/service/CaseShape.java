package vn.tochuc.org.service;

import java.util.List;
import vn.tochuc.org.rest.RestructuringCaseRequest;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.ProblemException;

/** The fields each type of case needs, checked before anything is looked up. */
final class CaseShape {

    private CaseShape() {
    }

    static void require(RestructuringCaseRequest c) {
        java.util.ArrayList<Problem.FieldError> missing = new java.util.ArrayList<>();
        switch (c.type()) {
            case ESTABLISH -> need(missing, c.newUnits() != null && !c.newUnits().isEmpty(), "newUnits",
                    "lists the units to establish");
            case RENAME -> {
                need(missing, c.unitId() != null, "unitId", "names the unit to rename");
                need(missing, c.newName() != null && !c.newName().isBlank(), "newName", "is the new name");
            }
            case MOVE -> {
                need(missing, c.unitId() != null, "unitId", "names the unit to move");
                need(missing, c.newParentId() != null, "newParentId", "names the new parent");
            }
            case CHANGE_LEVEL -> {
                need(missing, c.unitId() != null, "unitId", "names the unit");
                need(missing, c.newKind() != null, "newKind", "is the new kind code");
            }
            case MERGE -> {
                need(missing, c.sourceUnitIds() != null && !c.sourceUnitIds().isEmpty(), "sourceUnitIds",
                        "lists the units that merge");
                need(missing, c.targetUnitId() != null, "targetUnitId", "names the unit they merge into");
            }
            case CONSOLIDATE -> {
                need(missing, c.sourceUnitIds() != null && c.sourceUnitIds().size() >= 2, "sourceUnitIds",
                        "lists the two or more units that consolidate");
                need(missing, c.newUnits() != null && c.newUnits().size() == 1, "newUnits",
                        "holds exactly the one unit they form");
            }
            case SPLIT -> {
                need(missing, c.unitId() != null, "unitId", "names the unit that splits");
                need(missing, c.newUnits() != null && c.newUnits().size() >= 2, "newUnits",
                        "holds the two or more units it splits into");
            }
            case DISSOLVE -> need(missing, c.unitId() != null, "unitId", "names the unit to dissolve");
        }
        if (!List.of(vn.tochuc.org.domain.CaseType.ESTABLISH, vn.tochuc.org.domain.CaseType.CONSOLIDATE,
                vn.tochuc.org.domain.CaseType.SPLIT).contains(c.type()) && c.newUnits() != null
                && !c.newUnits().isEmpty()) {
            missing.add(new Problem.FieldError("newUnits", "is not used by a " + c.type() + " case; leave it out"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "A " + c.type() + " case needs more or other "
                    + "fields; see errors.", missing);
        }
    }

    private static void need(List<Problem.FieldError> missing, boolean present, String field, String what) {
        if (!present) {
            missing.add(new Problem.FieldError(field, "is required: it " + what));
        }
    }
}
