package io.kpiops.downtime;

import io.kpiops.downtime.DowntimeRequests.DowntimeBatchRequest;
import io.kpiops.downtime.DowntimeRequests.DowntimeRequest;
import io.kpiops.downtime.DowntimeViews.DowntimeBatchResponse;
import io.kpiops.downtime.DowntimeViews.DowntimeCreatedResponse;
import io.kpiops.downtime.DowntimeViews.DowntimeResponse;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
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
@RequestMapping("/api/downtime")
@Tag(name = "Downtime entries")
class DowntimeController {

    private static final Map<String, String> SORTABLE = Map.of("shift_date", "shiftDate", "created_at", "createdAt",
            "duration_minutes", "durationMinutes", "start_time", "startMinute", "shift_id", "shiftId", "line_id", "lineId",
            "reason_id", "reasonId", "work_order_id", "workOrderId", "id", "id");

    private final DowntimeService service;

    DowntimeController(DowntimeService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Downtime entries of the caller's clients; from/to bound the shift date, planned filters by the "
            + "reason's class")
    PageResponse<DowntimeResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(name = "reason_id", required = false) Long reasonId,
            @RequestParam(required = false) Boolean planned) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        Page<DowntimeResponse> found = service.search(new DowntimeQuery(clientId, from, to, shiftId, lineId, workOrderId,
                reasonId, planned), page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "shiftDate", "id")));
        return new PageResponse<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/{id}")
    DowntimeResponse get(@PathVariable long id) {
        return service.get(id);
    }

    @PostMapping
    @Operation(summary = "Records a downtime event, split into one record per shift when it ran past the end of its "
            + "shift; send an Idempotency-Key header so that a retry cannot record it twice")
    ResponseEntity<DowntimeCreatedResponse> create(@Valid @RequestBody DowntimeRequest body,
            @Parameter(description = "Any unique text per create; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        DowntimeCreatedResponse created = DowntimeCreatedResponse.of(service.create(body));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records up to 10 000 events in one transaction: all of them, or none and every row's errors")
    DowntimeBatchResponse batch(@Valid @RequestBody DowntimeBatchRequest body,
            @Parameter(description = "Any unique text per batch; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        List<DowntimeResponse> created = service.createAll(body.entries(), EntryMethod.BATCH);
        return new DowntimeBatchResponse(created.size(), created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects one record (a part of a split event on its own; its times must stay inside its "
            + "shift); send the version it is based on (409 with the current version if stale)")
    DowntimeResponse update(@PathVariable long id, @Valid @RequestBody DowntimeRequest body) {
        return service.update(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deletes a record (admins only); it is kept, marked deleted, and the deletion is audited")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
    }
}
