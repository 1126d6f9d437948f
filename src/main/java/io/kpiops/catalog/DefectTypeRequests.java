package io.kpiops.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/defect-types. */
final class DefectTypeRequests {

    private DefectTypeRequests() {}

    record CreateDefectTypeRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
            @NotBlank @Size(max = 50) String category, DefectType.Severity severity, @Size(max = 50) String standardCode,
            @Min(0) @Max(10_000) Integer sortOrder, Boolean active) {}

    record UpdateDefectTypeRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
            @NotBlank @Size(max = 50) String category, @NotNull DefectType.Severity severity,
            @Size(max = 50) String standardCode, @NotNull @Min(0) @Max(10_000) Integer sortOrder, @NotNull Boolean active,
            @NotNull Long version) {}

    record DefectTypeResponse(long id, long clientId, String code, String name, String description, String category,
            DefectType.Severity severity, String standardCode, int sortOrder, boolean active, long version,
            Instant createdAt, Instant updatedAt) {
        static DefectTypeResponse of(DefectType d) {
            return new DefectTypeResponse(d.getId(), d.getClientId(), d.code, d.name, d.description, d.category, d.severity,
                    d.standardCode, d.sortOrder, d.isActive(), d.getVersion(), d.getCreatedAt(), d.getUpdatedAt());
        }
    }

    record DefectTypeSnapshot(String code, String name, String description, String category, DefectType.Severity severity,
            String standardCode, int sortOrder, boolean active) {
        static DefectTypeSnapshot of(DefectType d) {
            return new DefectTypeSnapshot(d.code, d.name, d.description, d.category, d.severity, d.standardCode,
                    d.sortOrder, d.isActive());
        }
    }

    /** An industry template and how many defect types it holds. */
    record TemplateResponse(String template, int defectTypes) {}

    /** What loading a template into a client did: codes the client already had are kept as they are. */
    record TemplateLoadResponse(String template, long clientId, int added, int skipped) {}
}
