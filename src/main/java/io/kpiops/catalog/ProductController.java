package io.kpiops.catalog;

import io.kpiops.catalog.ProductRequests.CreateProductRequest;
import io.kpiops.catalog.ProductRequests.ProductResponse;
import io.kpiops.catalog.ProductRequests.UpdateProductRequest;
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
@RequestMapping("/api/products")
@Tag(name = "Plant model")
class ProductController {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name",
            "ideal_cycle_time_hours", "idealCycleTimeHours", "active", "active", "client_id", "clientId");

    private final ProductService service;

    ProductController(ProductService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Products of the caller's clients (or of one client)")
    PageResponse<ProductResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) String q, @RequestParam(required = false) Boolean active) {
        return PageResponse.of(service.search(clientId, q, active, page.toPageable(SORTABLE, Sort.by("code"))),
                ProductResponse::of);
    }

    @GetMapping("/{id}")
    ProductResponse get(@PathVariable long id) {
        return ProductResponse.of(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    ProductResponse create(@Valid @RequestBody CreateProductRequest request) {
        return ProductResponse.of(service.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    ProductResponse update(@PathVariable long id, @Valid @RequestBody UpdateProductRequest request) {
        return ProductResponse.of(service.update(id, request));
    }
}
