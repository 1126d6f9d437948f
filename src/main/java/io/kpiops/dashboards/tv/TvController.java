package io.kpiops.dashboards.tv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboards/tv")
@Tag(name = "Shop-floor TV")
class TvController {

    private final TvService service;

    TvController(TvService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "A line's current shift for a shop-floor screen. A display credential shows its own line; a "
            + "signed-in user names a display (display_id) or a client and line (client_id, line_id, optional shift_id)")
    TvView tv(@RequestParam(name = "display_id", required = false) Long displayId,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "shift_id", required = false) Long shiftId) {
        return service.view(displayId, clientId, lineId, shiftId);
    }
}
