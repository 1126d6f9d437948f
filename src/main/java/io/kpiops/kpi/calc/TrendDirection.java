package io.kpiops.kpi.calc;

import java.util.Locale;

/** Direction of a KPI trend, read with the KPI's direction. */
public enum TrendDirection {
    IMPROVING,
    DECLINING,
    STABLE,
    INSUFFICIENT_DATA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
