package io.kpiops.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The first level of the downtime taxonomy (root-cause family). */
enum DowntimeCategory {
    MACHINE, MATERIALS, SCHEDULING, ATTENDANCE, QUALITY, UTILITIES, OTHER;

    @JsonValue
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static DowntimeCategory parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown downtime category " + value));
    }
}
