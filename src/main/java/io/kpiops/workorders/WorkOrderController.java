package io.kpiops.workorders;

import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.kpiops.workorders.WorkOrderRequests.CreateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderRequests.TransitionRequest;
import io.kpiops.workorders.WorkOrderRequests.UpdateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderService.Criteria;
import io.kpiops.workorders.WorkOrderViews.StatusCount;
import io.kpiops.workorders.WorkOrderViews.TransitionResponse;
import io.kpiops.workorders.WorkOrderViews.WorkOrderResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/work-orders")
@Tag(name = "Work orders")
class WorkOrderController {

    static final String PLANNERS = "hasAnyRole('LEADER', 'POWERUSER', 'ADMIN')";
    private static final Map<String, String> SORTABLE = Map.of("number", "number", "status", "status",
            "priority", "priority", "planned_quantity", "plannedQuantity", "planned_start_date", "plannedStartDate",
            "planned_ship_date", "plannedShipDate", "required_date", "requiredDate", "created_at", "createdAt",
            "client_id", "clientId");

    private final WorkOrderService service;
    private final WorkOrderLifecycle lifecycle;
    private final WorkOrderQueries queries;

    WorkOrderController(WorkOrderService service, WorkOrderLifecycle lifecycle, WorkOrderQueries queries) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Work orders of the caller's clients; from/to bound the promised (ship, else required) date")
    PageResponse<WorkOrderResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) List<WorkOrderStatus> status,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Page<WorkOrder> found = service.search(new Criteria(clientId, status, productId, q, from, to),
                page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new PageResponse<>(queries.responses(found.getContent()), found.getNumber(), found.getSize(),
                found.getTotalElements());
    }

    @GetMapping("/status-counts")
    @Operation(summary = "How many orders are in each status, for the same filters as the list")
    List<StatusCount> statusCounts(@RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return service.statusCounts(new Criteria(clientId, null, productId, q, from, to));
    }

    @GetMapping("/{id}")
    WorkOrderResponse get(@PathVariable long id) {
        return queries.response(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(PLANNERS)
    WorkOrderResponse create(@Valid @RequestBody CreateWorkOrderRequest request) {
        return queries.response(service.create(request));
    }

    @PutMapping("/{id}")
    @PreAuthorize(PLANNERS)
    WorkOrderResponse update(@PathVariable long id, @Valid @RequestBody UpdateWorkOrderRequest request) {
        return queries.response(service.update(id, request));
    }

    @PostMapping("/{id}/transitions")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Moves the order to another status; 422 names the allowed ones when the move is illegal")
    WorkOrderResponse transition(@PathVariable long id, @Valid @RequestBody TransitionRequest request) {
        return queries.response(lifecycle.transition(id, request));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every status change of the order, oldest first (its creation included)")
    List<TransitionResponse> history(@PathVariable long id) {
        return queries.history(service.get(id));
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Planned vs produced vs delivered quantity, days open and time on hold")
    WorkOrderProgress progress(@PathVariable long id) {
        return queries.progress(service.get(id));
    }

    @GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A QR code that opens the order in the web app (size in pixels, 100-1000)")
    ResponseEntity<byte[]> qr(@PathVariable long id, @RequestParam(defaultValue = "240") int size) {
        if (size < QrCodes.MIN_SIZE || size > QrCodes.MAX_SIZE) {
            throw ApiException.invalid("size", "must be between " + QrCodes.MIN_SIZE + " and " + QrCodes.MAX_SIZE);
        }
        WorkOrder order = service.get(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/work-orders/{id}")
                .buildAndExpand(order.getId()).toUriString();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(QrCodes.png(url, size));
    }
}
