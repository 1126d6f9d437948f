package io.kpiops.kpi.calc;

import java.math.BigDecimal;

/** How often one input was inferred by one rule in the records behind a KPI, with the rule's confidence. */
public record InferredInput(String input, String rule, long recordCount, BigDecimal confidence) {}
