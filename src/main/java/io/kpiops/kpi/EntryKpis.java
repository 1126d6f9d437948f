package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.KpiCalculator.Context;
import io.kpiops.kpi.KpiService.ClientScope;
import io.kpiops.kpi.KpiService.Request;
import io.kpiops.kpi.KpiViews.Filters;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.ProductionScope;
import io.kpiops.platform.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production KPIs of each entry on its own (KPI.md §1.1: the per-entry value is the pooled formula with one record
 * in scope), for the entry grids. One client and at most {@value #MAX_DAYS} days per call: the answer holds one
 * result set per entry, so the window is what the grid shows, not a reporting period.
 */
@Service
class EntryKpis {

    static final int MAX_DAYS = 31;
    static final List<Kpi> KPIS = List.of(Kpi.AVAILABILITY, Kpi.PERFORMANCE, Kpi.QUALITY_RATE, Kpi.OEE, Kpi.EFFICIENCY);

    private final KpiService kpis;
    private final ProductionGathering production;

    EntryKpis(KpiService kpis, ProductionGathering production) {
        this.kpis = kpis;
        this.production = production;
    }

    @Schema(description = "The production KPIs of one entry, each an explainable result like the summary's")
    record EntryKpi(long entryId, Map<String, KpiValue> kpis) {}

    @Schema(description = "Per-entry production KPIs of one client's entries in [from, to], with the settings in force")
    record EntryKpisView(long clientId, LocalDate from, LocalDate to, LocalDate asOf, Filters filters,
            KpiSettings settings, List<EntryKpi> entries) {}

    @Transactional(readOnly = true)
    EntryKpisView entries(KpiFilter f) {
        if (f.clientIds().size() != 1) {
            throw ApiException.invalid("client_id", "name exactly one client");
        }
        Request r = kpis.request(f); // tenancy first: another client's id answers 404 whatever the window
        if (f.to().isAfter(f.from().plusDays(MAX_DAYS - 1))) {
            throw ApiException.invalid("to", "per-entry KPIs span at most " + MAX_DAYS + " days");
        }
        ClientScope c = r.clients().getFirst();
        Context ctx = new Context(c.thresholds(), c.settings().inspectionStages(), c.settings().wipBucketEdges(),
                r.asOf(), f, null);
        List<EntryKpi> out = new ArrayList<>();
        for (Map.Entry<String, ProductionScope> e : production.perEntry(f, c.settings()).entrySet()) {
            KpiInputs in = KpiInputs.empty(f.from(), f.to()).withProduction(e.getValue());
            Map<String, KpiValue> values = new LinkedHashMap<>();
            for (Kpi kpi : KPIS) {
                KpiValue v = KpiCalculator.one(kpi, in, ctx);
                values.put(v.kpi(), v);
            }
            out.add(new EntryKpi(Long.parseLong(e.getKey()), values));
        }
        out.sort(Comparator.comparingLong(EntryKpi::entryId));
        return new EntryKpisView(c.client().id(), f.from(), f.to(), r.asOf(), Filters.of(f), c.settings(), out);
    }
}
