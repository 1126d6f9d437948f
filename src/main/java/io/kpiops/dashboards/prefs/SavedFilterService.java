package io.kpiops.dashboards.prefs;

import io.kpiops.dashboards.prefs.FilterRequests.SavedFilterRequest;
import io.kpiops.dashboards.prefs.FilterRequests.SavedFilterResponse;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's saved dashboard filters. Every read and write is keyed by the caller's user id, so another user's
 * filter is simply not found (404). At most one filter is the default: making one the default clears the previous one
 * in the same transaction.
 */
@Service
class SavedFilterService {

    /** Enough for every shift × line a leader watches; bounds what one user can store. */
    static final int MAX_PER_USER = 50;
    /** The KPI API's longest window. */
    static final int MAX_DAYS = 3 * 366;

    private final SavedFilterRows rows;
    private final JsonMapper json;
    private final Clock clock;

    SavedFilterService(SavedFilterRows rows, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<SavedFilterResponse> list() {
        return rows.of(me()).stream().map(this::toResponse).toList();
    }

    @Transactional
    SavedFilterResponse create(SavedFilterRequest request) {
        long me = me();
        String name = check(request);
        if (rows.count(me) >= MAX_PER_USER) {
            throw ApiException.invalid("name", "at most " + MAX_PER_USER + " saved filters per user; delete one first");
        }
        if (rows.nameTaken(me, name, -1)) {
            throw ApiException.conflict("name", "a saved filter with this name exists");
        }
        if (request.isDefault()) {
            rows.clearDefault(me);
        }
        long id = rows.insert(me, name, write(request.filter()), request.isDefault(), Instant.now(clock));
        return toResponse(rows.find(me, id).orElseThrow());
    }

    @Transactional
    SavedFilterResponse replace(long id, SavedFilterRequest request) {
        long me = me();
        rows.find(me, id).orElseThrow(() -> ApiException.notFound("Saved filter"));
        String name = check(request);
        if (rows.nameTaken(me, name, id)) {
            throw ApiException.conflict("name", "a saved filter with this name exists");
        }
        if (request.isDefault()) {
            rows.clearDefault(me);
        }
        rows.update(me, id, name, write(request.filter()), request.isDefault(), Instant.now(clock));
        return toResponse(rows.find(me, id).orElseThrow());
    }

    @Transactional
    void delete(long id) {
        long me = me();
        rows.find(me, id).orElseThrow(() -> ApiException.notFound("Saved filter"));
        rows.delete(me, id);
    }

    /** The rules Bean Validation cannot state; returns the trimmed name. */
    private static String check(SavedFilterRequest request) {
        FilterDefinition f = request.filter();
        List<FieldError> errors = new ArrayList<>();
        if (f.isCustom()) {
            if (f.from() == null) {
                errors.add(new FieldError("filter.from", "is required for a custom range"));
            }
            if (f.to() == null) {
                errors.add(new FieldError("filter.to", "is required for a custom range"));
            }
            if (f.from() != null && f.to() != null) {
                if (f.from().isAfter(f.to())) {
                    errors.add(new FieldError("filter.to", "must not be before from"));
                } else if (f.from().plusDays(MAX_DAYS).isBefore(f.to())) {
                    errors.add(new FieldError("filter.to", "the range may span at most 3 years"));
                }
            }
        }
        TenantScope scope = TenantScopes.current();
        // a client outside the caller's scope is refused like an unknown one: its existence is not revealed
        if (f.clientIds().stream().anyMatch(c -> !scope.allows(c))) {
            errors.add(new FieldError("filter.client_ids", "names a client you cannot see"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return request.name().strip();
    }

    private String write(FilterDefinition filter) {
        return json.writeValueAsString(filter.normalised());
    }

    private SavedFilterResponse toResponse(SavedFilterRows.Row row) {
        return new SavedFilterResponse(row.id(), row.name(), row.isDefault(),
                json.readValue(row.filterJson(), FilterDefinition.class), row.createdAt(), row.updatedAt());
    }

    private static long me() {
        return CurrentCaller.get().id();
    }
}
