package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.Resolved;
import io.kpiops.kpi.inference.ResolvedProduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pooled sums of production entries, one {@link Tally} per KPI (numerator / denominator / confidence inputs of
 * KPI.md §3 and §7). Totals add up, so any scope is the sum of its entries or of its groups.
 *
 * <ul>
 *   <li>availability: Σ APT ÷ Σ PBT; confidence over shift length and APT</li>
 *   <li>performance: Σ ICT×PQ ÷ Σ APT; ICT and APT</li>
 *   <li>quality: Σ GQ ÷ Σ PQ; nothing inferable</li>
 *   <li>efficiency: Σ ICT×PQ ÷ Σ employees×PBT; shift length, ICT, employees</li>
 *   <li>oee: Σ ICT×PQ ÷ Σ PBT weighted by PBT (the value itself is the product of the pooled factors);
 *       shift length, APT, ICT</li>
 *   <li>throughput: Σ PQ ÷ Σ APT; APT</li>
 * </ul>
 */
public record ProductionTotals(Tally availability, Tally performance, Tally quality, Tally efficiency, Tally oee,
        Tally throughput) {

    public static final ProductionTotals EMPTY = new ProductionTotals(Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY,
            Tally.EMPTY, Tally.EMPTY);

    public static ProductionTotals of(ResolvedProduction e) {
        BigDecimal pbt = e.pbt();
        BigDecimal apt = e.runTime().value();
        BigDecimal ict = e.cycleTime().value();
        BigDecimal crew = e.employees().value();
        BigDecimal pq = BigDecimal.valueOf(e.unitsProduced());
        BigDecimal earned = ict == null ? null : ict.multiply(pq);
        Resolved<?> shift = e.shiftLength();
        Resolved<?> run = e.runTime();
        Resolved<?> cycle = e.cycleTime();

        Tally availability = pbt == null || apt == null ? Tally.excludedRecord()
                : Tally.record(apt, pbt, List.of(shift, run));
        Tally performance = earned == null || apt == null ? Tally.excludedRecord()
                : Tally.record(earned, apt, List.of(cycle, run));
        Tally quality = Tally.exact(BigDecimal.valueOf(e.goodUnits()), pq);
        Tally efficiency = earned == null || pbt == null || crew == null ? Tally.excludedRecord()
                : Tally.record(earned, crew.multiply(pbt), List.of(shift, cycle, e.employees()));
        Tally oee = earned == null || pbt == null || apt == null ? Tally.excludedRecord()
                : Tally.record(earned, pbt, List.of(shift, run, cycle));
        Tally throughput = apt == null ? Tally.excludedRecord() : Tally.record(pq, apt, List.of(run));
        return new ProductionTotals(availability, performance, quality, efficiency, oee, throughput);
    }

    /** Totals that carry only availability, e.g. per work order or line, where only availability's warnings look. */
    public static ProductionTotals availabilityOnly(Tally availability) {
        return new ProductionTotals(availability, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY);
    }

    public static ProductionTotals sum(List<ResolvedProduction> entries) {
        return entries.stream().map(ProductionTotals::of).reduce(EMPTY, ProductionTotals::plus);
    }

    /** The same as adding them up with {@link #plus}, in one pass per KPI (see {@link Tally#sum}). */
    public static ProductionTotals total(List<ProductionTotals> totals) {
        if (totals.size() < 2) {
            return totals.isEmpty() ? EMPTY : totals.getFirst();
        }
        int n = totals.size();
        List<Tally> availability = new ArrayList<>(n);
        List<Tally> performance = new ArrayList<>(n);
        List<Tally> quality = new ArrayList<>(n);
        List<Tally> efficiency = new ArrayList<>(n);
        List<Tally> oee = new ArrayList<>(n);
        List<Tally> throughput = new ArrayList<>(n);
        for (ProductionTotals t : totals) {
            availability.add(t.availability);
            performance.add(t.performance);
            quality.add(t.quality);
            efficiency.add(t.efficiency);
            oee.add(t.oee);
            throughput.add(t.throughput);
        }
        return new ProductionTotals(Tally.sum(availability), Tally.sum(performance), Tally.sum(quality),
                Tally.sum(efficiency), Tally.sum(oee), Tally.sum(throughput));
    }

    public ProductionTotals plus(ProductionTotals o) {
        if (o == EMPTY) {
            return this;
        }
        if (this == EMPTY) {
            return o;
        }
        return new ProductionTotals(availability.plus(o.availability), performance.plus(o.performance),
                quality.plus(o.quality), efficiency.plus(o.efficiency), oee.plus(o.oee), throughput.plus(o.throughput));
    }
}
