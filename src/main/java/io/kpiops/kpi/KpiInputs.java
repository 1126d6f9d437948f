package io.kpiops.kpi;

import io.kpiops.kpi.OrderGathering.Delivery;
import io.kpiops.kpi.OrderGathering.Wip;
import io.kpiops.kpi.calc.ProductionScope;
import io.kpiops.kpi.calc.QualityRecord;
import io.kpiops.kpi.calc.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The gathered inputs of one scope (a client, a group or the pooled total): production sums, quality sums,
 * attendance sums and the few orders OTD and WIP need. Inputs add up, which is how groups and clients pool.
 *
 * @param otdFrom the window OTD counts due orders in (a time group narrows it to its period)
 */
record KpiInputs(ProductionScope production, List<QualityRecord> quality, Tally attendance, List<Delivery> deliveries,
        List<Wip> wips, LocalDate otdFrom, LocalDate otdTo) {

    static KpiInputs empty(LocalDate from, LocalDate to) {
        return new KpiInputs(ProductionGathering.empty(), List.of(), Tally.EMPTY, List.of(), List.of(), from, to);
    }

    KpiInputs plus(KpiInputs o) {
        List<QualityRecord> q = new ArrayList<>(quality);
        q.addAll(o.quality);
        List<Delivery> d = new ArrayList<>(deliveries);
        d.addAll(o.deliveries);
        List<Wip> w = new ArrayList<>(wips);
        w.addAll(o.wips);
        return new KpiInputs(ProductionGathering.plus(production, o.production), q, attendance.plus(o.attendance), d, w,
                otdFrom.isBefore(o.otdFrom) ? otdFrom : o.otdFrom, otdTo.isAfter(o.otdTo) ? otdTo : o.otdTo);
    }

    KpiInputs withProduction(ProductionScope p) {
        return new KpiInputs(p, quality, attendance, deliveries, wips, otdFrom, otdTo);
    }

    KpiInputs withQuality(List<QualityRecord> q) {
        return new KpiInputs(production, q, attendance, deliveries, wips, otdFrom, otdTo);
    }

    KpiInputs withAttendance(Tally a) {
        return new KpiInputs(production, quality, a, deliveries, wips, otdFrom, otdTo);
    }

    KpiInputs withOrders(List<Delivery> d, List<Wip> w, LocalDate from, LocalDate to) {
        return new KpiInputs(production, quality, attendance, d, w, from, to);
    }
}
