package io.kpiops.dashboards.prefs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request and response bodies of /api/dashboards/filters. */
final class FilterRequests {

    private FilterRequests() {}

    /** Create or replace (rename, make default, change what it selects). */
    record SavedFilterRequest(
            @NotBlank @Size(max = 100) String name,
            boolean isDefault,
            @NotNull @Valid FilterDefinition filter) {}

    record SavedFilterResponse(long id, String name, boolean isDefault, FilterDefinition filter, Instant createdAt,
            Instant updatedAt) {}
}
