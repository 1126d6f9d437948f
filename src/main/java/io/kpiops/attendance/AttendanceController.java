package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceRequests.AttendanceRequest;
import io.kpiops.attendance.AttendanceRequests.BatchRequest;
import io.kpiops.attendance.AttendanceViews.AttendanceResponse;
import io.kpiops.attendance.AttendanceViews.BatchResponse;
import io.kpiops.attendance.AttendanceViews.RosterResponse;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
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
@RequestMapping("/api/attendance")
@Tag(name = "Attendance")
class AttendanceController {

    private static final Map<String, String> SORTABLE = Map.of("shift_date", "shiftDate", "shift_id", "shiftId",
            "employee_id", "employeeId", "is_absent", "absent", "created_at", "createdAt", "id", "id");

    private final AttendanceService service;
    private final AttendanceQueries queries;
    private final AttendanceResponses responses;

    AttendanceController(AttendanceService service, AttendanceQueries queries, AttendanceResponses responses) {
        this.service = service;
        this.queries = queries;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "Attendance records of the caller's clients; from/to bound the shift date")
    PageResponse<AttendanceResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "employee_id", required = false) Long employeeId,
            @RequestParam(name = "is_absent", required = false) Boolean absent,
            @RequestParam(name = "absence_type", required = false) AbsenceType absenceType) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        Specification<AttendanceEntry> where = (root, query, cb) -> {
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
            if (employeeId != null) {
                p.add(cb.equal(root.get("employeeId"), employeeId));
            }
            if (absent != null) {
                p.add(cb.equal(root.get("absent"), absent));
            }
            if (absenceType != null) {
                p.add(cb.equal(root.get("absenceType"), absenceType));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Page<AttendanceResponse> found = queries.search(where,
                page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "shiftDate").and(Sort.by("shiftId", "id"))));
        return new PageResponse<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/roster")
    @Operation(summary = "The roster of one shift on one day: the shift's employees with their records (id and version "
            + "when recorded) and the floating-pool employees available as cover; save it with POST /batch")
    RosterResponse roster(@RequestParam(name = "client_id") long clientId,
            @RequestParam(name = "shift_date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shiftDate,
            @RequestParam(name = "shift_id") long shiftId) {
        return queries.roster(clientId, shiftDate, shiftId);
    }

    @GetMapping("/{id}")
    AttendanceResponse get(@PathVariable long id) {
        return responses.of(service.find(id));
    }

    @PostMapping
    @Operation(summary = "Records one employee's attendance in a shift; a second record of the same employee, shift and "
            + "day is refused (409 with existing_id: change that one). Send an Idempotency-Key header so that a retry "
            + "cannot record it twice")
    ResponseEntity<AttendanceResponse> create(@Valid @RequestBody AttendanceRequest body,
            @Parameter(description = "Any unique text per create; a retry with the same key returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        AttendanceResponse created = service.create(body);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Saves a roster: up to 10 000 rows, new records (no id) and changes (id and version), in one "
            + "transaction: all of them, or none and every row's errors (entries[i].field)")
    BatchResponse batch(@Valid @RequestBody BatchRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return service.save(body.entries(), EntryMethod.BATCH, "entries");
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects a record; send the version it is based on (409 with the current version if stale)")
    AttendanceResponse update(@PathVariable long id, @Valid @RequestBody AttendanceRequest body) {
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
