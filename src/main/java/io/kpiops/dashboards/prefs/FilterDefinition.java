package io.kpiops.dashboards.prefs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard filter selects, as the web app writes it into the URL: a date preset (or custom from/to), the
 * clients (pooled or one column per client), and optional shift, line and product.
 */
public record FilterDefinition(
        @NotNull @Pattern(regexp = PRESETS, message = "must be one of " + PRESETS) String preset,
        LocalDate from,
        LocalDate to,
        @NotNull @Size(max = 50) List<@NotNull @Positive Long> clientIds,
        boolean pooled,
        @Positive Long shiftId,
        @Positive Long lineId,
        @Positive Long productId) {

    static final String PRESETS = "today|yesterday|this_week|last_week|last_7_days|last_30_days|last_90_days"
            + "|month_to_date|year_to_date|custom";

    boolean isCustom() {
        return "custom".equals(preset);
    }

    /** The definition as stored: dates only for a custom range (a preset is resolved each time it is applied). */
    FilterDefinition normalised() {
        return new FilterDefinition(preset, isCustom() ? from : null, isCustom() ? to : null,
                clientIds.stream().distinct().sorted().toList(), pooled, shiftId, lineId, productId);
    }
}
