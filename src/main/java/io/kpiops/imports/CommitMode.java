package io.kpiops.imports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How a commit treats rejected rows: write the valid ones, or nothing at all while any row is rejected. */
enum CommitMode {
    VALID_ONLY, ALL_OR_NOTHING;

    @JsonValue
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static CommitMode parse(String value) {
        return Arrays.stream(values()).filter(m -> m.value().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("mode must be valid_only or all_or_nothing"));
    }
}
