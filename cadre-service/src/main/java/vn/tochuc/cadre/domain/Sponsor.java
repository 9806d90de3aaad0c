package vn.tochuc.cadre.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Người giới thiệu: a full member who vouched for the new member, or the Youth Union or the trade union (ban chấp
 * hành đoàn / công đoàn cơ sở), as the rule cadre.admission in force on the admission day allows.
 */
@Schema(name = "Sponsor", description = "Người giới thiệu vào Đảng")
public record Sponsor(
        @NotBlank @Size(max = 150) @Schema(examples = "Lương Đức Minh") String fullName,
        @Schema(description = "The sponsor's person record, when on file") UUID personId,
        @Schema(description = "MEMBER (a full party member; the default), YOUTH_UNION or TRADE_UNION")
        SponsorKind kind) {

    /** Who vouches: a party member, or an organization. */
    public enum SponsorKind {
        MEMBER,
        YOUTH_UNION,
        TRADE_UNION
    }

    public SponsorKind kindOrMember() {
        return kind == null ? SponsorKind.MEMBER : kind;
    }
}
