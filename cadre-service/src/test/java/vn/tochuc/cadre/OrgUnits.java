package vn.tochuc.cadre;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Units in cadre-service's org read model, as org-service's created events would have put them there. */
final class OrgUnits {

    private OrgUnits() {
    }

    static UUID unit(UUID parent, String name) {
        return unit(parent, name, "GRASSROOTS_PARTY_CELL");
    }

    /** A unit of the given kind (org-service's reference data), e.g. PARTY_COMMITTEE_UNDER_PROVINCE. */
    static UUID unit(UUID parent, String name, String kind) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            OrgUnitView view = new OrgUnitView();
            view.id = id;
            view.code = "T-" + id.toString().substring(0, 8);
            view.name = name;
            view.kind = kind;
            view.parentId = parent;
            view.validFrom = LocalDate.of(2020, 10, 15);
            view.status = "ACTIVE";
            view.lastEventId = UUID.randomUUID().toString();
            view.lastEventAt = OffsetDateTime.now();
            view.persist();
        });
        return id;
    }
}
