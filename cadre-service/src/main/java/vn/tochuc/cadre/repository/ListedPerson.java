package vn.tochuc.cadre.repository;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.PartyActivity;
import vn.tochuc.cadre.domain.Sex;

/**
 * One person as the person list shows them, read in the page's one statement ({@link PersonQueries#find}): the
 * list's columns only (not the CV sections), the membership a CV shows and its cell's name. Plain values, not an
 * entity: nothing of the page goes into the session.
 */
public record ListedPerson(UUID id, String surname, String middleName, String givenName, String usedSurname,
        String usedMiddleName, String usedGivenName, Sex sex, PartialDate dateOfBirth,
        PartialDate.Precision birthPrecision, String ethnicityCode, String politicalTheoryCode, UUID currentOrgUnitId,
        long version, String sortKey, Membership membership) {

    /** The membership not left, else the newest; null for a person never admitted. */
    public record Membership(UUID id, MembershipStage stage, PartyActivity activity, UUID cellId, String cellName,
            LocalDate admittedOn, LocalDate fullMembershipDueOn, LocalDate fullMembershipOn, LocalDate leftOn) {
    }
}
