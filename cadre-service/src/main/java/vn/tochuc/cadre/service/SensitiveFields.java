package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tochuc.cadre.rest.PersonResponse;
import vn.tochuc.cadre.rest.PersonSummary;
import vn.tochuc.platform.security.SignedInCaller;

/**
 * National ID, ethnicity, religion and family are shown only to roles that need them (Roles.SENSITIVE_READERS),
 * and each showing is recorded; everyone else gets them blank and named in {@code withheld}.
 */
@ApplicationScoped
public class SensitiveFields {

    private final SignedInCaller caller;
    private final RestrictedReads reads;

    SensitiveFields(SignedInCaller caller, RestrictedReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    /** False when the caller gets the sensitive fields blank, and so may not write them either. */
    public boolean seenByCaller() {
        return caller.seesSensitiveFields();
    }

    @Transactional
    public PersonResponse shown(PersonResponse person, String requestId) {
        if (!caller.seesSensitiveFields()) {
            return person.withoutSensitiveFields();
        }
        reads.sensitiveFields(List.of(person.id()), requestId);
        return person;
    }

    @Transactional
    public List<PersonSummary> shown(List<PersonSummary> people, String requestId) {
        if (!caller.seesSensitiveFields()) {
            return people.stream().map(PersonSummary::withoutSensitiveFields).toList();
        }
        reads.sensitiveFields(people.stream().map(PersonSummary::id).toList(), requestId);
        return people;
    }
}
