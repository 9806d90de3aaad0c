package vn.tochuc.cadre.readmodel;

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

/** Keeps {@link PositionView} from position created / changed / ended events, each applied once via the inbox. */
@ApplicationScoped
public class PositionEventHandler implements EventHandler {

    private final ObjectMapper mapper;

    PositionEventHandler(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Set<String> eventTypes() {
        return PositionEvent.TYPES;
    }

    @Override
    public void handle(EventEnvelope event) {
        PositionEvent e = read(event);
        PositionView view = PositionView.findById(e.positionId());
        if (PositionEvent.CREATED.equals(event.type())) {
            // An insert, not an upsert: a second "created" contradicts the stream and must be seen.
            if (view != null) {
                throw new UnprocessableEventException("Position " + e.positionId() + " was already created; event "
                        + event.id() + " contradicts it");
            }
            view = new PositionView();
            view.id = e.positionId();
            view.validFrom = e.effectiveDate();
        } else if (view == null) {
            throw new UnprocessableEventException("Position " + e.positionId() + " is not known here yet; event "
                    + event.id() + " changes it");
        }
        view.orgUnitId = e.orgUnitId();
        view.titleCode = e.titleCode();
        view.titleName = e.titleName();
        view.seats = e.current().seats();
        view.status = e.current().status();
        if (PositionEvent.ENDED.equals(event.type())) {
            view.validTo = e.effectiveDate();
        }
        view.lastEventId = event.id();
        view.lastEventAt = event.time() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.time();
        view.persist();
    }

    private PositionEvent read(EventEnvelope event) {
        PositionEvent e;
        try {
            e = event.data() == null ? null : mapper.treeToValue(event.data(), PositionEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new UnprocessableEventException("Event " + event.id() + " has data that is not a position event: "
                    + ex.getMessage(), ex);
        }
        if (e == null || e.positionId() == null || e.orgUnitId() == null || e.titleCode() == null
                || e.titleName() == null || e.effectiveDate() == null || e.current() == null
                || e.current().seats() == null || e.current().status() == null) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks positionId, orgUnitId, titleCode, "
                    + "titleName, effectiveDate or current seats and status");
        }
        return e;
    }
}
