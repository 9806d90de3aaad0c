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

/**
 * Applies any change of a unit to the read model by taking the unit's state after the change. Events arrive when
 * the change takes effect, so the state is today's.
 */
@ApplicationScoped
public class OrgUnitChangedHandler implements EventHandler {

    private final ObjectMapper mapper;

    OrgUnitChangedHandler(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Set<String> eventTypes() {
        return OrgUnitChanged.TYPES;
    }

    @Override
    public void handle(EventEnvelope event) {
        OrgUnitChanged changed = read(event);
        OrgUnitView view = OrgUnitView.findById(changed.unitId());
        if (view == null) {
            // Its created event was parked or is still to come on another partition: park this one too, to replay.
            throw new UnprocessableEventException("Org unit " + changed.unitId() + " is not known here yet; event "
                    + event.id() + " changes it");
        }
        OrgUnitChanged.State state = changed.current();
        view.name = state.name();
        view.shortName = state.shortName();
        view.kind = state.kind();
        view.parentId = state.parentId();
        view.status = state.status();
        view.lastEventId = event.id();
        view.lastEventAt = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time();
    }

    private OrgUnitChanged read(EventEnvelope event) {
        OrgUnitChanged changed;
        try {
            changed = event.data() == null ? null : mapper.treeToValue(event.data(), OrgUnitChanged.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("Event " + event.id() + " has data that is not an org-unit change: "
                    + e.getMessage(), e);
        }
        if (changed == null || changed.unitId() == null || changed.current() == null
                || changed.current().name() == null || changed.current().kind() == null
                || changed.current().status() == null) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks unitId or current name, kind "
                    + "and status");
        }
        return changed;
    }
}
