package vn.tochuc.cadre.imports;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.platform.problem.Problem.FieldError;

/** What became of one row: created, updated, unchanged, or rejected with every reason field by field. */
public record RowResult(int rowNumber, Status status, @Schema(examples = "026075001234") String nationalId,
        UUID personId, UUID membershipId,
        List<FieldError> problems) {

    public enum Status {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** As shown to a caller to whom national IDs are withheld (an administrator). */
    public RowResult withoutNationalId() {
        return new RowResult(rowNumber, status, null, personId, membershipId, problems);
    }

    static RowResult rejected(int rowNumber, String nationalId, List<FieldError> problems) {
        return new RowResult(rowNumber, Status.REJECTED, nationalId, null, null, List.copyOf(problems));
    }
}
