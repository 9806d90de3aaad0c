package vn.tochuc.cadre.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.LeaveReason;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Sponsor;
import vn.tochuc.cadre.domain.TransferKind;
import vn.tochuc.cadre.event.MemberEvents;
import vn.tochuc.cadre.repository.ListedPerson;
import vn.tochuc.cadre.rest.MembershipResponse;
import vn.tochuc.cadre.rest.MembershipSummary;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Between the membership row, its API answer and its event; JSON columns are read and written here. */
@ApplicationScoped
public class MembershipMapper {

    private static final TypeReference<List<Sponsor>> SPONSORS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    MembershipMapper(ObjectMapper json) {
        this.json = json;
    }

    public MembershipResponse toResponse(PartyMembership m, String personName) {
        return new MembershipResponse(m.id, m.personId, personName, m.recordNumber, m.cardNumber, m.admittedOn,
                m.admissionCellId, read(m.sponsors, SPONSORS), read(m.admissionDecision, Decision.class),
                m.fullMembershipDueOn, m.fullMembershipOn, m.stage, m.activity, m.cellId, m.temporaryCellId,
                m.leftOn, m.leaveReason, m.version);
    }

    /** The brief form a CV and a person list carry; the cell's name from this service's read model of the tree. */
    public MembershipSummary toSummary(PartyMembership m) {
        OrgUnitView cell = OrgUnitView.findById(m.cellId);
        return new MembershipSummary(m.id, m.stage, m.activity, m.cellId, cell == null ? null : cell.name,
                m.admittedOn, m.fullMembershipDueOn, m.fullMembershipOn, m.leftOn);
    }

    /** The same brief form from a person list's row, which holds the cell's name already. */
    public MembershipSummary toSummary(ListedPerson.Membership m) {
        return new MembershipSummary(m.id(), m.stage(), m.activity(), m.cellId(), m.cellName(), m.admittedOn(),
                m.fullMembershipDueOn(), m.fullMembershipOn(), m.leftOn());
    }

    public MemberEvents.MemberChangedV1 toEvent(PartyMembership m, String personName, LocalDate effectiveDate,
            Decision decision, TransferKind transferKind, UUID fromCellId, LeaveReason leaveReason) {
        return new MemberEvents.MemberChangedV1(m.id, m.personId, personName, effectiveDate, decision,
                new MemberEvents.State(m.stage, m.activity, m.cellId, m.temporaryCellId, m.admittedOn,
                        m.fullMembershipDueOn, m.fullMembershipOn, m.leftOn),
                transferKind, fromCellId, leaveReason);
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        return text == null ? null : read(text, new TypeReference<T>() {
            @Override
            public java.lang.reflect.Type getType() {
                return type;
            }
        });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A membership JSON column is not readable", e);
        }
    }
}
