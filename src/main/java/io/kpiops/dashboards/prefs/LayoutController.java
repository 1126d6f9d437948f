package io.kpiops.dashboards.prefs;

import io.kpiops.dashboards.prefs.LayoutService.Layout;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboards/layouts")
@Tag(name = "Dashboards")
class LayoutController {

    record LayoutRequest(@NotNull @Size(max = 40) List<@NotNull @Valid Widget> widgets) {}

    private final LayoutService service;

    LayoutController(LayoutService service) {
        this.service = service;
    }

    @GetMapping("/{dashboard}")
    @Operation(summary = "The caller's layout of a dashboard (home), or the role default when none is stored "
            + "(customized=false)")
    Layout get(@PathVariable String dashboard) {
        return service.get(dashboard);
    }

    @PutMapping("/{dashboard}")
    @Operation(summary = "Stores the caller's layout: widgets with x, y, w, h on 12 columns and hidden")
    Layout store(@PathVariable String dashboard, @Valid @RequestBody LayoutRequest request) {
        return service.store(dashboard, request.widgets());
    }

    @DeleteMapping("/{dashboard}")
    @Operation(summary = "Forgets the caller's layout and answers the role default")
    Layout reset(@PathVariable String dashboard) {
        return service.reset(dashboard);
    }
}
