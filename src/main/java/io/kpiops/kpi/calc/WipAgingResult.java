package io.kpiops.kpi.calc;

import java.util.List;

/** WIP aging: the average age (the KPI value), the count per bucket and the oldest orders. */
public record WipAgingResult(KpiResult averageAge, List<Bucket> buckets, List<OrderAge> oldest) {

    /** Ages in [fromDays, toDays], both inclusive; {@code toDays} null for the open last bucket. */
    public record Bucket(long fromDays, Long toDays, long count) {}

    /** One open order's age in whole days and the start it was measured from. */
    public record OrderAge(String ref, long ageDays, long holdDays, String startRule) {}
}
