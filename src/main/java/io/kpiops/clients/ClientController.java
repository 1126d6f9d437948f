package io.kpiops.clients;

import io.kpiops.clients.ClientRequests.ClientResponse;
import io.kpiops.clients.ClientRequests.CreateClientRequest;
import io.kpiops.clients.ClientRequests.UpdateClientRequest;
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
@RequestMapping("/api/clients")
@Tag(name = "Clients")
class ClientController {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "time_zone", "timeZone", "active", "active", "created_at", "createdAt");

    private final ClientService service;

    ClientController(ClientService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Clients the caller may see (administrators: all)")
    PageResponse<ClientResponse> list(@ParameterObject PageQuery page,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean active) {
        return PageResponse.of(service.search(q, active, page.toPageable(SORTABLE, Sort.by("code"))), ClientResponse::of);
    }

    @GetMapping("/{id}")
    ClientResponse get(@PathVariable long id) {
        return ClientResponse.of(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    ClientResponse create(@Valid @RequestBody CreateClientRequest request) {
        return ClientResponse.of(service.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ClientResponse update(@PathVariable long id, @Valid @RequestBody UpdateClientRequest request) {
        return ClientResponse.of(service.update(id, request));
    }
}
