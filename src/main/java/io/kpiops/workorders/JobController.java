package io.kpiops.workorders;

import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.kpiops.workorders.JobRequests.JobResponse;
import io.kpiops.workorders.JobRequests.UpdateJobRequest;
import io.kpiops.workorders.WorkOrderRequests.JobBody;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Work orders")
class JobController {

    private static final Map<String, String> SORTABLE = Map.of("sequence", "sequence", "work_order_id", "workOrderId",
            "operation_name", "operationName", "client_id", "clientId");

    private final JobService service;

    JobController(JobService service) {
        this.service = service;
    }

    @GetMapping("/api/jobs")
    @Operation(summary = "Jobs of the caller's clients, by work order or line")
    PageResponse<JobResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(required = false) Boolean active) {
        return PageResponse.of(service.search(clientId, workOrderId, lineId, active,
                page.toPageable(SORTABLE, Sort.by("workOrderId", "sequence"))), JobResponse::of);
    }

    @GetMapping("/api/jobs/{id}")
    JobResponse get(@PathVariable long id) {
        return JobResponse.of(service.get(id));
    }

    @PostMapping("/api/work-orders/{id}/jobs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WorkOrderController.PLANNERS)
    @Operation(summary = "Adds a job (operation or line item) to the work order")
    JobResponse add(@PathVariable long id, @Valid @RequestBody JobBody body) {
        return JobResponse.of(service.add(id, body));
    }

    @PutMapping("/api/jobs/{id}")
    @PreAuthorize(WorkOrderController.PLANNERS)
    JobResponse update(@PathVariable long id, @Valid @RequestBody UpdateJobRequest request) {
        return JobResponse.of(service.update(id, request));
    }
}
