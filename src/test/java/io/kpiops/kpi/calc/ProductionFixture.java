package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.ClientDefaults;
import io.kpiops.kpi.inference.ProductionRecord;
import io.kpiops.kpi.inference.ProductionResolver;
import io.kpiops.kpi.inference.ResolvedProduction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds production entries for the KPI tests: an 8 h shift, no downtime, everything entered unless changed. */
final class ProductionFixture {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final ClientDefaults DEFAULTS = new ClientDefaults(new BigDecimal("8"), new BigDecimal("0.25"), 5, 10);

    String ref = "WO-1";
    String product = "P-1";
    BigDecimal shift = new BigDecimal("8");
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal unplanned = BigDecimal.ZERO;
    int downtimeRecords;
    BigDecimal runTime = new BigDecimal("8");
    BigDecimal ict;
    long units;
    long defects;
    Integer assigned = 1;
    Integer present;
    BigDecimal bestRate;
    BigDecimal crewAverage;
    ClientDefaults defaults = DEFAULTS;

    static ProductionFixture entry(String ref, String product) {
        ProductionFixture f = new ProductionFixture();
        f.ref = ref;
        f.product = product;
        return f;
    }

    ProductionFixture shift(String hours) {
        shift = hours == null ? null : new BigDecimal(hours);
        return this;
    }

    ProductionFixture run(String hours) {
        runTime = hours == null ? null : new BigDecimal(hours);
        return this;
    }

    ProductionFixture downtime(String plannedHours, String unplannedHours, int records) {
        planned = new BigDecimal(plannedHours);
        unplanned = new BigDecimal(unplannedHours);
        downtimeRecords = records;
        return this;
    }

    ProductionFixture made(String cycleTime, long produced, long defective) {
        ict = cycleTime == null ? null : new BigDecimal(cycleTime);
        units = produced;
        defects = defective;
        return this;
    }

    ProductionFixture crew(Integer assignedCount, Integer presentCount) {
        assigned = assignedCount;
        present = presentCount;
        return this;
    }

    ProductionFixture bestRate(String hoursPerUnit) {
        bestRate = new BigDecimal(hoursPerUnit);
        return this;
    }

    ProductionFixture crewAverage(String mean) {
        crewAverage = new BigDecimal(mean);
        return this;
    }

    ProductionFixture defaults(ClientDefaults d) {
        defaults = d;
        return this;
    }

    ResolvedProduction resolve() {
        ProductionRecord r = new ProductionRecord(ref, "L-1", product, DAY, shift, planned, unplanned, downtimeRecords,
                runTime, ict, null, units, defects, assigned, present);
        return ProductionResolver.resolve(r, bestRate, crewAverage, defaults);
    }

    static ProductionScope scope(ProductionFixture... entries) {
        return ProductionScope.of(List.of(entries).stream().map(ProductionFixture::resolve).toList());
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
