package vn.tochuc.cadre.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;

/** The discipline event contract (catalog: docs/events/asyncapi.yaml, channel discipline). */
public final class DisciplineEvents {

    /** Key = discipline id. */
    public static final String TOPIC = "tochuc.cadre.discipline";
    public static final String DECIDED_V1 = "vn.tochuc.cadre.discipline.decided.v1";

    private DisciplineEvents() {
    }

    /**
     * A decision and its bar. The reason is left out on purpose: it is confidential (Decree 13/2023) and no
     * consumer needs it to know that a person is barred until a date.
     */
    public record DecidedV1(UUID disciplineId, UUID personId, String personName, DisciplineSystem system,
            DisciplineForm form, UUID orgUnitId, LocalDate effectiveDate, LocalDate barredFrom, LocalDate barredUntil,
            LocalDate higherPostsBarredUntil, LocalDate equalPostsBarredUntil, String barBasis, Decision decision, List<UUID> endedAppointmentIds) {
    }
}
