package io.kpiops.clients;

import io.kpiops.clients.SettingsRequests.SettingsBody;
import io.kpiops.clients.SettingsRequests.SettingsResponse;
import io.kpiops.clients.SettingsRequests.TargetBody;
import io.kpiops.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients/{id}")
@Tag(name = "Clients")
class ClientSettingsController {

    private final ClientSettingsService service;

    ClientSettingsController(ClientSettingsService service) {
        this.service = service;
    }

    @GetMapping("/settings")
    @Operation(summary = "Settings that change the client's KPI numbers, and the KPI targets in force")
    SettingsResponse settings(@PathVariable long id) {
        return service.read(id);
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Change the settings (version 0 the first time)")
    SettingsResponse update(@PathVariable long id, @Valid @RequestBody SettingsBody body) {
        return service.update(id, body);
    }

    @PutMapping("/kpi-targets/{kpi}")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Set the client's own target, warning and critical level for a KPI")
    SettingsResponse setTarget(@PathVariable long id, @PathVariable String kpi, @Valid @RequestBody TargetBody body) {
        return service.setTarget(id, key(kpi), body);
    }

    @DeleteMapping("/kpi-targets/{kpi}")
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Return a KPI to the global default target")
    SettingsResponse resetTarget(@PathVariable long id, @PathVariable String kpi) {
        return service.resetTarget(id, key(kpi));
    }

    private static KpiKey key(String kpi) {
        return KpiKey.find(kpi).orElseThrow(() -> ApiException.notFound("KPI '" + kpi + "'"));
    }
}
