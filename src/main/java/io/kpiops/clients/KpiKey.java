package io.kpiops.clients;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The KPIs that have targets, their direction, unit and the global default target / warning / critical. */
public enum KpiKey {
    AVAILABILITY(true, "%", "90", "80", "70"),
    PERFORMANCE(true, "%", "95", "85", "70"),
    QUALITY_RATE(true, "%", "99", "97", "95"),
    OEE(true, "%", "85", "75", "60"),
    EFFICIENCY(true, "%", "85", "75", "60"),
    PPM(false, "ppm", "500", "1000", "2000"),
    DPMO(false, "dpmo", "500", "1000", "2000"),
    FPY(true, "%", "99", "95", "90"),
    RTY(true, "%", "95", "90", "85"),
    OTD(true, "%", "95", "90", "80"),
    TRUE_OTD(true, "%", "95", "90", "80"),
    WIP_AGING(false, "days", "7", "14", "21"),
    ABSENTEEISM(false, "%", "5", "8", "12");

    private final boolean higherIsBetter;
    private final String unit;
    private final Thresholds defaults;

    KpiKey(boolean higherIsBetter, String unit, String target, String warning, String critical) {
        this.higherIsBetter = higherIsBetter;
        this.unit = unit;
        this.defaults = new Thresholds(new BigDecimal(target), new BigDecimal(warning), new BigDecimal(critical));
    }

    /** Target, warning and critical levels of one KPI. */
    public record Thresholds(BigDecimal target, BigDecimal warning, BigDecimal critical) {}

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String unit() {
        return unit;
    }

    public Thresholds defaults() {
        return defaults;
    }

    /** Levels must step away from the target in the bad direction: target ≥ warning ≥ critical, or ≤ for lower-is-better. */
    public boolean ordered(Thresholds t) {
        int a = t.target().compareTo(t.warning());
        int b = t.warning().compareTo(t.critical());
        return higherIsBetter ? a >= 0 && b >= 0 : a <= 0 && b <= 0;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static KpiKey parse(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException("unknown KPI " + value));
    }

    public static Optional<KpiKey> find(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
