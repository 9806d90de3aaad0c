package vn.tochuc.org.service;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.org.domain.CaseType;
import vn.tochuc.org.rest.RestructuringCaseRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/** The fields each type of case needs, checked before anything is looked up. */
final class CaseShape {

    private CaseShape() {
    }

    /** A field the case lacks or should not have, said in both languages. */
    private record Missing(String field, ProblemText message) {
    }

    static void require(RestructuringCaseRequest c) {
        List<Missing> missing = new ArrayList<>();
        switch (c.type()) {
            case ESTABLISH -> need(missing, c.newUnits() != null && !c.newUnits().isEmpty(), "newUnits",
                    "units-to-establish");
            case RENAME -> {
                need(missing, c.unitId() != null, "unitId", "unit-to-rename");
                need(missing, c.newName() != null && !c.newName().isBlank(), "newName", "new-name");
            }
            case MOVE -> {
                need(missing, c.unitId() != null, "unitId", "unit-to-move");
                need(missing, c.newParentId() != null, "newParentId", "new-parent");
            }
            case CHANGE_LEVEL -> {
                need(missing, c.unitId() != null, "unitId", "unit");
                need(missing, c.newKind() != null, "newKind", "new-kind");
            }
            case MERGE -> {
                need(missing, c.sourceUnitIds() != null && !c.sourceUnitIds().isEmpty(), "sourceUnitIds",
                        "units-that-merge");
                need(missing, c.targetUnitId() != null, "targetUnitId", "merge-target");
            }
            case CONSOLIDATE -> {
                need(missing, c.sourceUnitIds() != null && c.sourceUnitIds().size() >= 2, "sourceUnitIds",
                        "units-that-consolidate");
                need(missing, c.newUnits() != null && c.newUnits().size() == 1, "newUnits", "unit-they-form");
            }
            case SPLIT -> {
                need(missing, c.unitId() != null, "unitId", "unit-that-splits");
                need(missing, c.newUnits() != null && c.newUnits().size() >= 2, "newUnits", "units-it-splits-into");
            }
            case DISSOLVE -> need(missing, c.unitId() != null, "unitId", "unit-to-dissolve");
        }
        if (!List.of(CaseType.ESTABLISH, CaseType.CONSOLIDATE, CaseType.SPLIT).contains(c.type())
                && c.newUnits() != null && !c.newUnits().isEmpty()) {
            missing.add(new Missing("newUnits", ProblemText.of("field.not-used-by-case").with("type", c.type())));
        }
        if (!missing.isEmpty()) {
            ProblemException refused = new ProblemException(400, "validation-failed",
                    ProblemText.of("validation-failed.case").with("type", c.type()));
            missing.forEach(m -> refused.field(m.field(), m.message()));
            throw refused;
        }
    }

    private static void need(List<Missing> missing, boolean present, String field, String what) {
        if (!present) {
            missing.add(new Missing(field, ProblemText.of("field.case-requires")
                    .with("what", ProblemText.of("case-field." + what))));
        }
    }
}
