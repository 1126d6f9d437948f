package io.kpiops.kpi;

import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.Summary;
import io.kpiops.kpi.KpiViews.Trend;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/kpi")
@Tag(name = "KPIs")
class KpiController {

    private final KpiQueryService queries;
    private final KpiTrends trends;

    KpiController(KpiQueryService queries, KpiTrends trends) {
        this.queries = queries;
        this.trends = trends;
    }

    @GetMapping("/summary")
    @Operation(summary = "Every KPI of KPI.md §3 over production days [from, to] for each client asked (and their pooled "
            + "total when several), with targets, status, confidence, inferred inputs and the settings in force")
    Summary summary(@Parameter(description = "One or more clients (repeat the parameter)")
            @RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return queries.summary(new KpiFilter(clientIds, from, to, shiftId, lineId, productId, workOrderId));
    }

    @GetMapping("/{kpi}")
    @Operation(summary = "One KPI per group (day, week, month, shift, line, product, work_order or client) and over "
            + "the whole scope, each pooled from its own sums")
    Grouped grouped(@PathVariable String kpi,
            @RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(name = "group_by", required = false, defaultValue = "day") String groupBy) {
        return queries.grouped(kpi, new KpiFilter(clientIds, from, to, shiftId, lineId, productId, workOrderId),
                groupBy);
    }

    @GetMapping("/{kpi}/trend")
    @Operation(summary = "One KPI per day, week or month (periods without data are gaps), its trend direction and, "
            + "with forecast=N (1–30), a Holt forecast with 80 % and 95 % prediction intervals")
    Trend trend(@PathVariable String kpi,
            @RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId,
            @RequestParam(required = false, defaultValue = "day") String granularity,
            @RequestParam(required = false, defaultValue = "0") int forecast,
            @Parameter(description = "Damping factor φ in (0, 1] for a damped Holt forecast; undamped when left out")
            @RequestParam(required = false) Double damping) {
        return trends.trend(KpiService.parseKpi(kpi),
                new KpiFilter(clientIds, from, to, shiftId, lineId, productId, workOrderId), granularity, forecast,
                damping);
    }
}
