package io.kpiops.dashboards.prefs;

import io.kpiops.dashboards.prefs.FilterRequests.SavedFilterRequest;
import io.kpiops.dashboards.prefs.FilterRequests.SavedFilterResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboards/filters")
@Tag(name = "Dashboards")
class SavedFilterController {

    private final SavedFilterService service;

    SavedFilterController(SavedFilterService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The caller's saved dashboard filters, by name")
    List<SavedFilterResponse> list() {
        return service.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Saves a named filter; is_default=true makes it the only default")
    SavedFilterResponse create(@Valid @RequestBody SavedFilterRequest request) {
        return service.create(request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Renames a saved filter, changes what it selects or makes it the default")
    SavedFilterResponse replace(@PathVariable long id, @Valid @RequestBody SavedFilterRequest request) {
        return service.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a saved filter")
    void delete(@PathVariable long id) {
        service.delete(id);
    }
}
