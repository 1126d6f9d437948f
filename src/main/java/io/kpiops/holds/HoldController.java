package io.kpiops.holds;

import io.kpiops.holds.HoldQueries.Criteria;
import io.kpiops.holds.HoldRequests.BatchRequest;
import io.kpiops.holds.HoldRequests.CancelRequest;
import io.kpiops.holds.HoldRequests.HoldRequest;
import io.kpiops.holds.HoldRequests.ResumeRequest;
import io.kpiops.holds.HoldRequests.UpdateHoldRequest;
import io.kpiops.holds.HoldViews.AgingResponse;
import io.kpiops.holds.HoldViews.BatchResponse;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/holds")
@Tag(name = "Holds")
class HoldController {

    private static final Map<String, String> SORTABLE = Map.of("held_at", "heldAt", "held_date", "heldDate",
            "status", "status", "work_order_id", "workOrderId", "resumed_at", "resumedAt", "duration_hours",
            "durationHours", "created_at", "createdAt", "id", "id");

    private final HoldService service;
    private final HoldActions actions;
    private final HoldQueries queries;
    private final HoldResponses responses;

    HoldController(HoldService service, HoldActions actions, HoldQueries queries, HoldResponses responses) {
        this.service = service;
        this.actions = actions;
        this.queries = queries;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Holds of the caller's clients, newest first; from/to bound the plant-local day of held_at, "
            + "open=true keeps the holds still ON_HOLD")
    PageResponse<HoldResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) List<HoldStatus> status,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean open) {
        Page<HoldResponse> found = queries.search(new Criteria(clientId, status, workOrderId, from, to, open),
                page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "heldAt", "id")));
        return new PageResponse<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/aging")
    @Operation(summary = "Open holds, oldest first, with their age and bucket (green up to 3 days, amber over 3, red "
            + "over 7) and the count per bucket")
    AgingResponse aging(@RequestParam(name = "client_id", required = false) Long clientId) {
        return queries.aging(clientId);
    }

    @GetMapping("/{id}")
    HoldResponse get(@PathVariable long id) {
        return responses.of(actions.find(id));
    }

    @PostMapping
    @Operation(summary = "Puts a work order (or job) on hold; the order goes ON_HOLD with its first open hold. Send an "
            + "Idempotency-Key header so that a retry cannot place it twice")
    ResponseEntity<HoldResponse> create(@Valid @RequestBody HoldRequest body,
            @Parameter(description = "Any unique text per create; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        HoldResponse created = service.create(body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Places up to 10 000 holds in one transaction: all of them, or none and every row's errors")
    BatchResponse batch(@Valid @RequestBody BatchRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        List<HoldResponse> created = service.createAll(body.entries(), EntryMethod.BATCH, "entries");
        return new BatchResponse(created.size(), created);
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Ends a hold (duration = resumed_at - held_at); the order returns to its previous status when "
            + "this was its last open hold")
    HoldResponse resume(@PathVariable long id, @Valid @RequestBody ResumeRequest body) {
        return actions.resume(id, body);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Withdraws a hold that never took effect (0 hours), with a reason")
    HoldResponse cancel(@PathVariable long id, @Valid @RequestBody CancelRequest body) {
        return actions.cancel(id, body);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects a hold's reason, description and expected resolution day; send the version it is "
            + "based on (409 with the current version if stale)")
    HoldResponse update(@PathVariable long id, @Valid @RequestBody UpdateHoldRequest body) {
        return actions.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a hold (admins only); it is kept, marked deleted, and the deletion is audited")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        actions.delete(id, version);
    }
}
