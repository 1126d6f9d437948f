package io.kpiops.platform.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The four roles, stored and sent lower-case; compared case-insensitively when read. */
public enum Role {
    OPERATOR, LEADER, POWERUSER, ADMIN;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }

    @JsonCreator
    public static Role parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown role '" + value + "'"));
    }
}
