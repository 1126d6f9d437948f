package io.kpiops.kpi;

import io.kpiops.kpi.EntryKpis.EntryKpisView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/kpi/production")
@Tag(name = "KPIs")
class EntryKpiController {

    private final EntryKpis entryKpis;

    EntryKpiController(EntryKpis entryKpis) {
        this.entryKpis = entryKpis;
    }

    @GetMapping("/entries")
    @Operation(summary = "Availability, performance, quality rate, OEE and efficiency of each production entry of one "
            + "client in [from, to] (at most 31 days), each with its inferred inputs, confidence and warnings")
    EntryKpisView entries(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return entryKpis.entries(new KpiFilter(clientIds, from, to, shiftId, lineId, productId, workOrderId));
    }
}
