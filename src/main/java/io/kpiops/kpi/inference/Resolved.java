package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/**
 * An input after its inference chain: the value (null when no link of the chain applies) and the rule that
 * supplied it (null when the value was entered or came from the first link, i.e. it is not inferred).
 */
public record Resolved<T>(T value, Inference inference) {

    public static <T> Resolved<T> given(T value) {
        return new Resolved<>(value, null);
    }

    public static <T> Resolved<T> inferred(T value, Inference rule) {
        return new Resolved<>(value, rule);
    }

    public static <T> Resolved<T> missing() {
        return new Resolved<>(null, null);
    }

    public boolean present() {
        return value != null;
    }

    public boolean isInferred() {
        return value != null && inference != null;
    }

    /** 1 for a given value, the rule's confidence for an inferred one. */
    public BigDecimal confidence() {
        return inference == null ? BigDecimal.ONE : inference.confidence();
    }
}
