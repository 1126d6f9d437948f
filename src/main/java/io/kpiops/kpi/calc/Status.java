package io.kpiops.kpi.calc;

import java.util.Locale;

/** Status colour of a KPI value against its target and warning level. */
public enum Status {
    GREEN,
    AMBER,
    RED,
    NO_DATA;

    /** The API spelling: green, amber, red, no_data. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
