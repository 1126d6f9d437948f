package io.kpiops.catalog;

import io.kpiops.catalog.ShiftRequests.CreateShiftRequest;
import io.kpiops.catalog.ShiftRequests.ShiftResponse;
import io.kpiops.catalog.ShiftRequests.UpdateShiftRequest;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shifts")
@Tag(name = "Plant model")
class ShiftController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "start", "startMinute",
            "active", "active", "client_id", "clientId");

    private final ShiftService service;

    ShiftController(ShiftService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Shifts of the caller's clients (or of one client)")
    PageResponse<ShiftResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean active) {
        return PageResponse.of(service.search(clientId, q, active, page.toPageable(SORTABLE, Sort.by("startMinute"))),
                ShiftResponse::of);
    }

    @GetMapping("/{id}")
    ShiftResponse get(@PathVariable long id) {
        return ShiftResponse.of(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    ShiftResponse create(@Valid @RequestBody CreateShiftRequest request) {
        return ShiftResponse.of(service.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    ShiftResponse update(@PathVariable long id, @Valid @RequestBody UpdateShiftRequest request) {
        return ShiftResponse.of(service.update(id, request));
    }
}
