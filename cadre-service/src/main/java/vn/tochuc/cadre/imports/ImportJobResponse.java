package vn.tochuc.cadre.imports;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "A bulk import of persons and party admissions, and its progress")
public record ImportJobResponse(UUID id,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED") ImportJob.Status status,
        @Schema(examples = "CSV", description = "CSV or XLSX") String format,
        @Schema(examples = "danh-sach-dang-vien-quy-1.csv") String fileName,
        @Schema(description = "Data rows in the file") int totalRows,
        @Schema(description = "Rows done so far (committed)") int rowsDone,
        int created, int updated, int unchanged, int rejected,
        @Schema(examples = "Dòng 12: số CCCD phải có 12 chữ số; sửa tệp rồi nhập lại",
                description = "Why a FAILED job stopped and what to do") String failure,
        @Schema(description = "The list the file's ethnicity codes come from (crosswalked to the stored 2008 codes); "
                + "null when the file has no ethnicityCode column") EthnicityScheme ethnicityScheme,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public static ImportJobResponse of(ImportJob j) {
        return new ImportJobResponse(j.id, j.status, j.format, j.fileName, j.totalRows, j.rowsDone, j.created,
                j.updated, j.unchanged, j.rejected, j.failure, j.ethnicityScheme, j.createdAt, j.startedAt, j.finishedAt);
    }
}
