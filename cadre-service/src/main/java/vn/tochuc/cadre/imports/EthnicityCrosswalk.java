package vn.tochuc.cadre.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tochuc.platform.rules.Rules;

/**
 * Turns the ethnicity codes of a file into the stored codes, by the crosswalk of the rule cadre.ethnicity-codes in
 * force on the day the import runs. A code the crosswalk does not know is left as written, so the row is refused
 * as an unknown code rather than stored as some other group.
 */
@ApplicationScoped
public class EthnicityCrosswalk {

    public static final String RULE = "cadre.ethnicity-codes";

    /**
     * The values of cadre.ethnicity-codes: the scheme the service stores, and for each other scheme its code → the
     * stored code.
     */
    public record Values(EthnicityScheme stored, Map<EthnicityScheme, Map<String, String>> crosswalks) {
    }

    private final Rules rules;

    EthnicityCrosswalk(Rules rules) {
        this.rules = rules;
    }

    /** The file with its ethnicityCode cells in the stored scheme (the file as it is when nothing needs changing). */
    ImportedFile toStored(ImportedFile file, Map<String, Integer> columns, EthnicityScheme scheme, LocalDate day) {
        Integer column = columns.get(ImportColumns.ETHNICITY_CODE);
        if (column == null || scheme == null) {
            return file;
        }
        Values values = rules.read(RULE, day, Values.class).values();
        if (scheme == values.stored()) {
            return file;
        }
        Map<String, String> crosswalk = values.crosswalks() == null ? null : values.crosswalks().get(scheme);
        if (crosswalk == null) {
            throw new IllegalStateException("Rule " + RULE + " in force on " + day + " has no crosswalk from " + scheme
                    + " to " + values.stored() + "; an administrator adds a version with one");
        }
        List<ImportedFile.Row> rows = new ArrayList<>(file.rows().size());
        for (ImportedFile.Row row : file.rows()) {
            String written = row.cell(column);
            String code = written == null ? null : written.strip();
            // One-digit codes as spreadsheets write them (4 for 04).
            if (code != null && code.matches("[0-9]")) {
                code = "0" + code;
            }
            if (code == null || !crosswalk.containsKey(code)) {
                rows.add(row);
                continue;
            }
            List<String> cells = new ArrayList<>(row.cells());
            cells.set(column, crosswalk.get(code));
            rows.add(new ImportedFile.Row(row.number(), cells));
        }
        return new ImportedFile(file.header(), rows);
    }
}
