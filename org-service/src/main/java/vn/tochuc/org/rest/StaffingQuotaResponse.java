package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.StaffingQuota;

@Schema(name = "StaffingQuota", description = "A staffing quota (biên chế) and the decision that set it")
public record StaffingQuotaResponse(UUID id, UUID orgUnitId, int year,
        @Schema(examples = "CIVIL_SERVANT") String category, int count,
        LocalDate validFrom, LocalDate validTo,
        @Schema(examples = "CURRENT", description = "CURRENT or SUPERSEDED") String status,
        Decision decision, @Schema(description = "The quota that replaced this one") UUID supersededBy,
        long version) {

    static StaffingQuotaResponse of(StaffingQuota q) {
        return new StaffingQuotaResponse(q.id, q.orgUnitId, q.quotaYear, q.category, q.count, q.validFrom, q.validTo,
                q.status, q.decision(), q.supersededBy, q.version);
    }
}
