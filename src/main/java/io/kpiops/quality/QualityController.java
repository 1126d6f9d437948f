package io.kpiops.quality;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.kpiops.quality.QualityRequests.QualityBatchRequest;
import io.kpiops.quality.QualityRequests.QualityRequest;
import io.kpiops.quality.QualityViews.QualityBatchResponse;
import io.kpiops.quality.QualityViews.QualityResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/quality")
@Tag(name = "Quality entries")
class QualityController {

    private static final Map<String, String> SORTABLE = Map.of("shift_date", "shiftDate", "created_at", "createdAt",
            "units_inspected", "unitsInspected", "inspection_stage", "inspectionStage", "shift_id", "shiftId",
            "product_id", "productId", "work_order_id", "workOrderId", "id", "id");

    private final QualityService service;

    QualityController(QualityService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Quality entries of the caller's clients; from/to bound the shift date")
    PageResponse<QualityResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(name = "inspection_stage", required = false) String inspectionStage) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        String stage = QualityRules.stage(inspectionStage);
        Specification<QualityEntry> where = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (clientId != null) {
                p.add(cb.equal(root.get("clientId"), clientId));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("shiftDate"), from));
            }
            if (to != null) {
                p.add(cb.lessThanOrEqualTo(root.get("shiftDate"), to));
            }
            if (shiftId != null) {
                p.add(cb.equal(root.get("shiftId"), shiftId));
            }
            if (productId != null) {
                p.add(cb.equal(root.get("productId"), productId));
            }
            if (workOrderId != null) {
                p.add(cb.equal(root.get("workOrderId"), workOrderId));
            }
            if (stage != null) {
                p.add(cb.equal(root.get("inspectionStage"), stage));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Page<QualityResponse> found = service.search(where,
                page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "shiftDate", "id")));
        return new PageResponse<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/{id}")
    QualityResponse get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Records an inspection; send an Idempotency-Key header so that a retry cannot record it twice")
    ResponseEntity<QualityResponse> create(@Valid @RequestBody QualityRequest body,
            @Parameter(description = "Any unique text per create; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        QualityResponse created = service.create(body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records up to 10 000 inspections in one transaction: all of them, or none and every row's errors")
    QualityBatchResponse batch(@Valid @RequestBody QualityBatchRequest body,
            @Parameter(description = "Any unique text per batch; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        List<QualityResponse> created = service.createAll(body.entries(), EntryMethod.BATCH);
        return new QualityBatchResponse(created.size(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects an inspection (its defect details are replaced); send the version it is based on "
            + "(409 with the current version if stale)")
    QualityResponse update(@PathVariable long id, @Valid @RequestBody QualityRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes an inspection (admins only); it is kept, marked deleted, and the deletion is audited")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
    }
}
