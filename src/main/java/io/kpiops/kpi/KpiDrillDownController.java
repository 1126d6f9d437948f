package io.kpiops.kpi;

import io.kpiops.kpi.KpiViews.BradfordView;
import io.kpiops.kpi.KpiViews.HoldsAging;
import io.kpiops.kpi.KpiViews.OtdOrders;
import io.kpiops.kpi.KpiViews.ParetoView;
import io.kpiops.kpi.KpiViews.WipOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drill-downs behind the KPI cards; each takes only the filters its entries carry. */
@RestController
@RequestMapping("/api/kpi")
@Tag(name = "KPIs")
class KpiDrillDownController {

    private final KpiQueries queries;

    KpiDrillDownController(KpiQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/losses")
    @Operation(summary = "The six big losses in hours (breakdowns, setup, small stops, reduced speed, start-up and "
            + "production rejects) in total and per line, with MTBF and MTTR per line from unplanned downtime")
    KpiViews.LossesView losses(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return queries.losses(new KpiFilter(clientIds, from, to, shiftId, lineId, null, workOrderId));
    }

    @GetMapping("/downtime/pareto")
    @Operation(summary = "Downtime hours per reason, largest first, with share and cumulative share")
    ParetoView downtimePareto(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return queries.downtimePareto(new KpiFilter(clientIds, from, to, shiftId, lineId, null, workOrderId));
    }

    @GetMapping("/defects/pareto")
    @Operation(summary = "Defects per defect type (quality entries' defect details), largest first, with shares")
    ParetoView defectPareto(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return queries.defectPareto(new KpiFilter(clientIds, from, to, shiftId, null, productId, workOrderId));
    }

    @GetMapping("/otd/orders")
    @Operation(summary = "The orders due in [from, to] behind OTD and TRUE-OTD: promised date and its rule, delivery, "
            + "on time, on time in full; and the orders skipped for having no date")
    OtdOrders otdOrders(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        return queries.otdOrders(new KpiFilter(clientIds, from, to, null, null, productId, workOrderId));
    }

    @GetMapping("/wip-aging/orders")
    @Operation(summary = "Every open order at the as-of date with its age, hold days and start rule, oldest first")
    WipOrders wipOrders(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @Parameter(description = "Default: the plant's today") @RequestParam(name = "as_of", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(name = "product_id", required = false) Long productId,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        LocalDate day = day(asOf);
        return queries.wipOrders(new KpiFilter(clientIds, day, day, null, null, productId, workOrderId), day);
    }

    @GetMapping("/holds/aging")
    @Operation(summary = "Open holds at the as-of date with their age in days, oldest first")
    HoldsAging holdsAging(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @Parameter(description = "Default: the plant's today") @RequestParam(name = "as_of", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(name = "work_order_id", required = false) Long workOrderId) {
        LocalDate day = day(asOf);
        return queries.holdsAging(new KpiFilter(clientIds, day, day, null, null, null, workOrderId), day);
    }

    @GetMapping("/absenteeism/bradford")
    @Operation(summary = "Bradford factor S² × D per employee over the client's window (default 52 weeks) ending on the "
            + "as-of date, with spells, days and band, highest first")
    BradfordView bradford(@RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @Parameter(description = "Default: the plant's today") @RequestParam(name = "as_of", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(name = "line_id", required = false) Long lineId) {
        LocalDate day = day(asOf);
        return queries.bradford(new KpiFilter(clientIds, day, day, null, lineId, null, null), day);
    }

    /** The as-of day asked for; without one a day no plant has reached yet, which the service clips to the plant's today. */
    private static LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }
}
