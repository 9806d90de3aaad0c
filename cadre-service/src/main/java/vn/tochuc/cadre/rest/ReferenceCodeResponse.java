package vn.tochuc.cadre.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceCode", description = "One value of a reference list")
public record ReferenceCodeResponse(@Schema(examples = "01") String code, @Schema(examples = "Kinh") String name,
        @Schema(examples = "Kinh") String nameEn) {
}
