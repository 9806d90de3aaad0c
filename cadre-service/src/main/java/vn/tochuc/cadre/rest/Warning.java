package vn.tochuc.cadre.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the caller should look at although the request succeeded. */
@Schema(name = "Warning", description = "A possible problem the request did not stop for")
public record Warning(
        @Schema(examples = "possible-duplicate") String code,
        @Schema(examples = "Đảng viên chưa đủ 12 tháng dự bị") String message,
        @Schema(description = "The other record concerned") UUID personId) {
}
