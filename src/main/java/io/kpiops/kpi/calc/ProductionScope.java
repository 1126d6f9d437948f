package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.ResolvedProduction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The production entries of one KPI scope as pooled sums: the total, and the same sums per product and per work
 * order / line, which the data-quality warnings name (only availability's warnings name work orders and lines, so a
 * gatherer may keep just the availability tally per reference: {@link ProductionTotals#availabilityOnly}).
 */
public record ProductionScope(ProductionTotals total, Map<String, ProductionTotals> byProduct,
        Map<String, ProductionTotals> byRef) {

    public ProductionScope {
        byProduct = new TreeMap<>(byProduct);
        byRef = new TreeMap<>(byRef);
    }

    public static ProductionScope of(List<ResolvedProduction> entries) {
        return new ProductionScope(ProductionTotals.sum(entries), group(entries, ResolvedProduction::product),
                group(entries, ResolvedProduction::ref));
    }

    private static Map<String, ProductionTotals> group(List<ResolvedProduction> entries,
            Function<ResolvedProduction, String> key) {
        Map<String, ProductionTotals> groups = new TreeMap<>();
        for (ResolvedProduction e : entries) {
            groups.merge(String.valueOf(key.apply(e)), ProductionTotals.of(e), ProductionTotals::plus);
        }
        return groups;
    }
}
