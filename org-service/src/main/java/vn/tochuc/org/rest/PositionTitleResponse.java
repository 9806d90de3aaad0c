package vn.tochuc.org.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.PositionTitle;

@Schema(name = "PositionTitle", description = "A position title (chức danh), reference data")
public record PositionTitleResponse(@Schema(examples = "SECRETARY") String code,
        @Schema(examples = "Bí thư") String nameVi, @Schema(examples = "Secretary") String nameEn, int sortOrder,
        boolean active,
        long version) {

    static PositionTitleResponse of(PositionTitle title) {
        return new PositionTitleResponse(title.code, title.nameVi, title.nameEn, title.sortOrder, title.active,
                title.version);
    }
}
