package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/** Resolves a {@link ProductionRecord} through the shift length, run time, cycle time and crew chains. */
public final class ProductionResolver {

    private ProductionResolver() {}

    /**
     * @param bestDemonstratedRate the product's rate on the record's day ({@link BestDemonstratedRate#of}), or null
     * @param lineShiftCrewAverage the line and shift's 30-day crew mean ({@link CrewAverage#of}), or null
     */
    public static ResolvedProduction resolve(ProductionRecord r, BigDecimal bestDemonstratedRate,
            BigDecimal lineShiftCrewAverage, ClientDefaults defaults) {
        Resolved<BigDecimal> shiftLength = ShiftLength.resolve(r.shiftLengthHours(), defaults);
        BigDecimal pbt = shiftLength.present()
                ? shiftLength.value().subtract(orZero(r.plannedDowntimeHours()))
                : null;
        Resolved<BigDecimal> runTime = RunTime.resolve(r.runTimeHours(), pbt, r.unplannedDowntimeHours(), r.downtimeRecords());
        Resolved<BigDecimal> cycleTime = CycleTime.resolve(r.cycleTimeHours(), r.productCycleTimeHours(),
                bestDemonstratedRate, defaults);
        Resolved<BigDecimal> employees = Crew.resolve(r.employeesAssigned(), r.employeesPresent(), lineShiftCrewAverage,
                defaults);
        return new ResolvedProduction(r.ref(), r.line(), r.product(), r.shiftDate(), shiftLength, pbt, runTime, cycleTime,
                employees, r.unitsProduced(), r.defects());
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
