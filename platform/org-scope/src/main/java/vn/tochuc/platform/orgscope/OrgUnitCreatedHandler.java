package vn.tochuc.platform.orgscope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;

/** Adds a newly created unit to the read model. */
@ApplicationScoped
public class OrgUnitCreatedHandler implements EventHandler {

    private final ObjectMapper mapper;

    OrgUnitCreatedHandler(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(OrgUnitCreated.TYPE);
    }

    @Override
    public void handle(EventEnvelope event) {
        OrgUnitCreated created = read(event);
        // An insert, not an upsert: a second "created" for one unit contradicts the stream and must be seen.
        if (OrgUnitView.findById(created.unitId()) != null) {
            throw new UnprocessableEventException("Org unit " + created.unitId() + " was already created by an "
                    + "earlier event; event " + event.id() + " contradicts it");
        }
        OrgUnitView view = new OrgUnitView();
        view.id = created.unitId();
        view.code = created.code();
        view.name = created.name();
        view.shortName = created.shortName();
        view.kind = created.kind();
        view.parentId = created.parentId();
        view.validFrom = created.validFrom();
        view.status = created.status();
        view.lastEventId = event.id();
        view.lastEventAt = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time();
        view.persist();
    }

    private OrgUnitCreated read(EventEnvelope event) {
        OrgUnitCreated created;
        try {
            created = event.data() == null ? null : mapper.treeToValue(event.data(), OrgUnitCreated.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("Event " + event.id() + " has data that is not an "
                    + OrgUnitCreated.TYPE + ": " + e.getMessage(), e);
        }
        if (created == null || created.unitId() == null || isBlank(created.code()) || isBlank(created.name())
                || isBlank(created.kind()) || created.validFrom() == null || isBlank(created.status())) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks unitId, code, name, kind, "
                    + "validFrom or status");
        }
        return created;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
