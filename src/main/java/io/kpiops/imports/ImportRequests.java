package io.kpiops.imports;

import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Bodies of /api/imports. */
final class ImportRequests {

    private ImportRequests() {}

    @Schema(description = "The upload form (multipart/form-data); type and client_id may also be query parameters")
    record UploadForm(
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "a CSV (UTF-8, UTF-16 with BOM or Windows-1252; comma, semicolon or tab) or XLSX file, up to 20 MB") String file,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "products", description = "an import type (GET /api/imports/types)") String type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long clientId) {}

    record DuplicateOfResponse(long importId, String fileName, Instant uploadedAt, String status) {
        static DuplicateOfResponse of(DataImport i) {
            return new DuplicateOfResponse(i.getId(), i.fileName, i.getCreatedAt(), i.status.name());
        }
    }

    @Schema(description = "A data row: its spreadsheet row number (header = 1), its values by column, and its errors")
    record RowResponse(int rowNumber, Map<String, String> values, List<FieldError> errors) {
        static RowResponse of(StoredRow r) {
            return new RowResponse(r.rowNumber(), r.values(), r.errors());
        }
    }

    @Schema(description = "A preview: counts, how the file was read, an earlier import of the same file, one page of rows")
    record ImportResponse(long importId, String type, long clientId, String fileName, String status, int totalRows,
            int validRows, int rejectedRows, DuplicateOfResponse duplicateOf, List<String> warnings, List<RowResponse> rows,
            int page, int size) {}

    @Schema(description = "An entry of the import log")
    record ImportSummaryResponse(long importId, String type, long clientId, String fileName, String status, int totalRows,
            int validRows, int rejectedRows, Integer created, Integer updated, CommitMode mode, String uploadedBy,
            Instant uploadedAt, Instant committedAt) {
        static ImportSummaryResponse of(DataImport i) {
            return new ImportSummaryResponse(i.getId(), i.type, i.getClientId(), i.fileName, i.status.name(), i.totalRows,
                    i.validRows, i.rejectedRows, i.createdCount, i.updatedCount, i.mode, i.createdByName, i.getCreatedAt(),
                    i.committedAt);
        }
    }

    @Schema(description = "New values for some columns of a row (by column name or header alias); null or empty clears a value")
    record RowUpdateRequest(@NotNull Map<String, String> values) {}

    record RowUpdateResponse(long importId, String status, int totalRows, int validRows, int rejectedRows, RowResponse row) {}

    record CommitRequest(
            @NotNull @Schema(description = "valid_only: write the valid rows; all_or_nothing: refuse (422) while any row is rejected",
                    allowableValues = {"valid_only", "all_or_nothing"}) CommitMode mode,
            @Schema(description = "commit although the same file was committed before for this client and type") Boolean allowDuplicate) {}

    record CommitResponse(long importId, String status, int created, int updated, int rejected, CommitMode mode) {}

    record ColumnResponse(String name, boolean required, List<String> aliases, String example, String description) {
        static ColumnResponse of(ImportColumn c) {
            return new ColumnResponse(c.name(), c.required(), c.aliases(), c.example(), c.description());
        }
    }

    record ImportTypeResponse(String name, List<Role> allowedRoles, List<ColumnResponse> columns) {
        static ImportTypeResponse of(ImportType t) {
            return new ImportTypeResponse(t.name(), t.allowedRoles().stream().sorted().toList(),
                    t.columns().stream().map(ColumnResponse::of).toList());
        }
    }
}
