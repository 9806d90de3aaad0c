package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.JobPosition;

@Schema(name = "JobPosition", description = "A job position (vị trí việc làm) of a unit")
public record JobPositionResponse(UUID id, UUID orgUnitId, @Schema(examples = "VTVL-TC-01") String code,
        @Schema(examples = "Chuyên viên theo dõi công tác cán bộ") String name,
        @Schema(examples = "Chuyên viên chính") String requiredGrade,
        int count, LocalDate validFrom, LocalDate validTo,
        @Schema(examples = "ACTIVE", description = "ACTIVE or ENDED") String status,
        long version) {

    static JobPositionResponse of(JobPosition j) {
        return new JobPositionResponse(j.id, j.orgUnitId, j.code, j.name, j.requiredGrade, j.headcount, j.validFrom,
                j.validTo, j.status, j.version);
    }
}
