package vn.tochuc.org.mapping;

import java.time.LocalDate;
import java.util.List;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.domain.PositionTitle;
import vn.tochuc.org.domain.PositionVersion;
import vn.tochuc.org.repository.PositionRepository.PositionOnDate;
import vn.tochuc.org.rest.PositionResponse;

public final class PositionMapper {

    private PositionMapper() {
    }

    /** The position with its whole history; seats and managing body as they were on {@code asOf}. */
    public static PositionResponse toResponse(Position position, LocalDate asOf) {
        PositionTitle title = PositionTitle.findById(position.titleCode);
        List<PositionVersion> history = PositionVersion.history(position.id);
        PositionVersion onDate = position.coversDate(asOf)
                ? history.stream().filter(v -> !asOf.isBefore(v.validFrom)
                        && (v.validTo == null || asOf.isBefore(v.validTo))).findFirst().orElse(null)
                : null;
        return new PositionResponse(position.id, position.orgUnitId, position.titleCode, title.nameVi,
                position.validFrom, position.validTo, position.status, position.endReason, asOf,
                onDate == null ? null : onDate.seats, onDate == null ? null : onDate.managingBody,
                history.stream().map(v -> new PositionResponse.Version(v.validFrom, v.validTo, v.seats,
                        v.managingBody, v.change, v.decision())).toList(), position.version);
    }

    /** A list item: the position as it was on {@code asOf}, without its history. */
    public static PositionResponse toListItem(PositionOnDate p, LocalDate asOf) {
        return new PositionResponse(p.id(), p.orgUnitId(), p.titleCode(), p.titleName(), p.validFrom(), p.validTo(),
                p.status(), null, asOf, p.seats(), p.managingBody(), null, p.version());
    }
}
