package vn.tochuc.cadre.imports;

import java.util.List;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.platform.problem.Problem.FieldError;

/**
 * A row as far as it has been checked: its cells and findings, and once checked against the record on file the
 * API requests it asks for ({@code born} is the date of birth the rules parsed; {@code admission} null when the
 * row admits nobody).
 */
record CheckedRow(int number, String nationalId, RowMapper cells, List<FieldError> errors, PersonRequest request,
        PartialDate born, AdmissionRequest admission) {

    boolean rejected() {
        return !errors.isEmpty();
    }

    RowResult rejection() {
        return RowResult.rejected(number, nationalId, errors);
    }
}
