package vn.tochuc.cadre;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.tochuc.cadre.readmodel.PositionView;

/** Positions in cadre-service's read model, as org-service's created events would have put them there. */
final class Positions {

    private Positions() {
    }

    static UUID of(UUID unit) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            PositionView view = new PositionView();
            view.id = id;
            view.orgUnitId = unit;
            view.titleCode = "SECRETARY";
            view.titleName = "Bí thư";
            view.seats = 1;
            view.status = "ACTIVE";
            view.validFrom = LocalDate.of(2020, 10, 15);
            view.lastEventId = UUID.randomUUID().toString();
            view.lastEventAt = OffsetDateTime.now();
            view.persist();
        });
        return id;
    }
}
