package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/** A missing input filled by a rule of KPI.md §5: which input, which rule (§7 identifiers) and its confidence. */
public record Inference(String input, String rule, BigDecimal confidence) {}
