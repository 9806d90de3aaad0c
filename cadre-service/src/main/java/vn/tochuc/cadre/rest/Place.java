package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place as the person wrote it, plus the code of today's administrative unit where it lies. */
@Schema(name = "Place", description = "Nơi sinh / quê quán: as written, and an administrative-unit code")
public record Place(
        @Size(max = 300) @Schema(description = "As written in the CV", examples = "xã Tam Hồng, huyện Yên Lạc, "
                + "tỉnh Vĩnh Phúc") String text,
        @Pattern(regexp = "[0-9]{2}|[0-9]{3}|[0-9]{5}", message = "must be an administrative-unit code: 2 digits "
                + "(province), 3 (district) or 5 (commune), e.g. 26 or 09052")
        @Schema(description = "Mã đơn vị hành chính (province 2, district 3 or commune 5 digits), as of the code "
                + "list in force when recorded", examples = "26") String adminUnitCode) {
}
