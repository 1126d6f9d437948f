package io.kpiops.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** Bodies of /api/products. Cycle times are hours per unit (0.0025 h = 9 s). */
final class ProductRequests {

    private ProductRequests() {}

    record CreateProductRequest(
            @NotNull Long clientId,
            @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 1000) String description,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal idealCycleTimeHours,
            @Size(max = 20) String unitOfMeasure,
            @Min(1) @Max(1_000_000) Integer defectOpportunities,
            Boolean active) {}

    record UpdateProductRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 1000) String description,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal idealCycleTimeHours,
            @Size(max = 20) String unitOfMeasure,
            @Min(1) @Max(1_000_000) Integer defectOpportunities,
            @NotNull Boolean active,
            @NotNull Long version) {}

    record ProductResponse(long id, long clientId, String code, String name, String description,
            BigDecimal idealCycleTimeHours, String unitOfMeasure, Integer defectOpportunities, boolean active, long version,
            Instant createdAt, Instant updatedAt) {

        static ProductResponse of(Product p) {
            return new ProductResponse(p.getId(), p.getClientId(), p.code, p.name, p.description, p.idealCycleTimeHours,
                    p.unitOfMeasure, p.defectOpportunities, p.isActive(), p.getVersion(), p.getCreatedAt(), p.getUpdatedAt());
        }
    }

    record ProductSnapshot(String code, String name, String description, BigDecimal idealCycleTimeHours,
            String unitOfMeasure, Integer defectOpportunities, boolean active) {
        static ProductSnapshot of(Product p) {
            return new ProductSnapshot(p.code, p.name, p.description, p.idealCycleTimeHours, p.unitOfMeasure,
                    p.defectOpportunities, p.isActive());
        }
    }
}
