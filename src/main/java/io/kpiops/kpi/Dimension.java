package io.kpiops.kpi;

import io.kpiops.kpi.calc.Granularity;
import io.kpiops.platform.web.ApiException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a KPI may be grouped by. Time dimensions are gathered per production day in SQL and bucketed into weeks or
 * months here (few rows, and no date functions that differ between databases).
 */
enum Dimension {
    DAY(Granularity.DAY), WEEK(Granularity.WEEK), MONTH(Granularity.MONTH), SHIFT(null), LINE(null), PRODUCT(null),
    WORK_ORDER(null), CLIENT(null);

    private final Granularity granularity;

    Dimension(Granularity granularity) {
        this.granularity = granularity;
    }

    Granularity granularity() {
        return granularity;
    }

    boolean isTime() {
        return granularity != null;
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Dimension parse(String field, String value) {
        return Arrays.stream(values()).filter(d -> d.value().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "must be one of day, week, month, shift, line, product, "
                        + "work_order, client"));
    }
}
