package io.kpiops.catalog;

import io.kpiops.catalog.DefectTypeRequests.CreateDefectTypeRequest;
import io.kpiops.catalog.DefectTypeRequests.DefectTypeResponse;
import io.kpiops.catalog.DefectTypeRequests.UpdateDefectTypeRequest;
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
@RequestMapping("/api/defect-types")
@Tag(name = "Plant model")
class DefectTypeController {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "category", "category",
            "severity", "severity", "sort_order", "sortOrder", "active", "active", "client_id", "clientId");

    private final DefectTypeService service;

    DefectTypeController(DefectTypeService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Defect types of the caller's clients (or of one client)")
    PageResponse<DefectTypeResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean active) {
        return PageResponse.of(service.search(clientId, q, active, page.toPageable(SORTABLE, Sort.by("sortOrder").and(Sort.by("code")))),
                DefectTypeResponse::of);
    }

    @GetMapping("/templates")
    @Operation(summary = "The industry templates that can be loaded into a client")
    java.util.List<DefectTypeRequests.TemplateResponse> templates() {
        return service.templates();
    }

    @PostMapping("/templates/{template}/load")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Add a template's defect types to a client (codes it already has are kept)")
    DefectTypeRequests.TemplateLoadResponse loadTemplate(@PathVariable String template,
            @RequestParam(name = "client_id") long clientId) {
        return service.loadTemplate(template, clientId);
    }

    @GetMapping("/{id}")
    DefectTypeResponse get(@PathVariable long id) {
        return DefectTypeResponse.of(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    DefectTypeResponse create(@Valid @RequestBody CreateDefectTypeRequest request) {
        return DefectTypeResponse.of(service.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    DefectTypeResponse update(@PathVariable long id, @Valid @RequestBody UpdateDefectTypeRequest request) {
        return DefectTypeResponse.of(service.update(id, request));
    }
}
