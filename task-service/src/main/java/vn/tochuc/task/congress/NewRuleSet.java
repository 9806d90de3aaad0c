package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A version of a term's congress schedule rules to issue, resting on a document ({@code basisNumber} of
 * {@code basisDate}, e.g. 45-CT/TW of 2025-04-14) and in force from {@code validFrom}. With {@code replacesId} it
 * corrects an earlier version, which the caller read at {@code replacesVersion}.
 */
public record NewRuleSet(String term, String name, String basisNumber, LocalDate basisDate, String basisNote,
        LocalDate validFrom, List<Level> levels, UUID replacesId, String replacesVersion) {

    /** The rule for the congresses of one kind of unit. */
    public record Level(String unitKind, LocalDate deadline, boolean beforeSuperior, int minDaysBeforeSuperior,
            int planLeadWorkingDays, int documentsLeadWorkingDays, int personnelLeadWorkingDays,
            boolean heldRequiresPersonnel, CongressType defaultCongressType) {
    }
}
