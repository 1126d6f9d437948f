package io.kpiops.reports.subscriptions;

import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.kpiops.reports.subscriptions.SubscriptionRequests.DeliveryResponse;
import io.kpiops.reports.subscriptions.SubscriptionRequests.SubscriptionBody;
import io.kpiops.reports.subscriptions.SubscriptionRequests.SubscriptionResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/reports/subscriptions")
@Tag(name = "Reports")
@PreAuthorize("hasAnyRole('LEADER', 'POWERUSER', 'ADMIN')")
class SubscriptionController {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "report_type", "reportType",
            "next_run_at", "nextRunAt", "owner_name", "ownerName", "created_at", "createdAt");
    private static final Map<String, String> DELIVERY_SORTABLE = Map.of("attempted_at", "attemptedAt", "id", "id");

    private final SubscriptionService service;

    SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Report subscriptions: a leader's own; a poweruser's or admin's of their clients (mine=true: own only)")
    PageResponse<SubscriptionResponse> list(@ParameterObject PageQuery page,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(name = "client_id", required = false) Long clientId) {
        return PageResponse.of(service.list(mine, clientId, page.toPageable(SORTABLE, Sort.by("id"))), service::view);
    }

    @GetMapping("/{id}")
    SubscriptionResponse get(@PathVariable long id) {
        return service.view(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe to a report by e-mail; the caller is its owner")
    SubscriptionResponse create(@Valid @RequestBody SubscriptionBody body) {
        return service.view(service.create(body));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a subscription (quote its version; 409 when someone changed it meanwhile)")
    SubscriptionResponse update(@PathVariable long id, @Valid @RequestBody SubscriptionBody body) {
        return service.view(service.update(id, body));
    }

    @PostMapping("/{id}/pause")
    SubscriptionResponse pause(@PathVariable long id) {
        return service.view(service.pause(id, true));
    }

    @PostMapping("/{id}/resume")
    SubscriptionResponse resume(@PathVariable long id) {
        return service.view(service.pause(id, false));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Every delivery attempt of a subscription, newest first")
    PageResponse<DeliveryResponse> deliveries(@PathVariable long id, @ParameterObject PageQuery page) {
        return PageResponse.of(service.deliveries(id, page.toPageable(DELIVERY_SORTABLE,
                Sort.by(Sort.Order.desc("attemptedAt"), Sort.Order.desc("id")))), DeliveryResponse::of);
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Send the report now, as the schedule would (for testing); answers the recorded delivery")
    DeliveryResponse send(@PathVariable long id) {
        return DeliveryResponse.of(service.sendNow(id));
    }
}
