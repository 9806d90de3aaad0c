package vn.tochuc.cadre.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.QualityRating.Grade;

@Schema(name = "Rating", description = "Kết quả xếp loại chất lượng of one person for one year")
public record RatingResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Trung Hải") String personName, int year,
        Grade rating, UUID orgUnitId,
        @Schema(examples = "Thành ủy Vĩnh Yên")
        String orgUnitName, @Schema(examples = "Hoàn thành tốt nhiệm vụ được giao") String note, long version) {
}
