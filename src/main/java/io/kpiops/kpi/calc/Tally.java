package io.kpiops.kpi.calc;

import io.kpiops.kpi.inference.Inference;
import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pooled sums behind one KPI over a scope: Σ numerator, Σ denominator and what confidence needs. Tallies add
 * up ({@link #plus}), so a scope's tally is the sum of its records' tallies or of per-group sums (e.g. from SQL).
 *
 * @param recordCount records in scope, including excluded ones
 * @param excluded records left out because an input had no value at all (they add nothing else)
 * @param confidenceWeight Σ denominator × record confidence
 * @param confidenceSum Σ record confidence (used when Σ denominator is 0)
 * @param minConfidence lowest record confidence, null without counted records
 * @param inferredDenominator Σ denominator of records with at least one inferred input
 * @param inferred records per inference rule
 */
public record Tally(BigDecimal numerator, BigDecimal denominator, long recordCount, long excluded,
        BigDecimal confidenceWeight, BigDecimal confidenceSum, BigDecimal minConfidence, BigDecimal inferredDenominator,
        long inferredRecords, Map<Inference, Long> inferred) {

    public static final Tally EMPTY = new Tally(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            null, BigDecimal.ZERO, 0, Map.of());

    public Tally {
        inferred = Map.copyOf(inferred);
    }

    /** One record; its confidence is the minimum over the inputs the KPI uses (1 when none is inferred). */
    public static Tally record(BigDecimal numerator, BigDecimal denominator, List<Resolved<?>> inputsUsed) {
        BigDecimal confidence = BigDecimal.ONE;
        Map<Inference, Long> inferred = new HashMap<>();
        for (Resolved<?> input : inputsUsed) {
            if (input.isInferred()) {
                inferred.merge(input.inference(), 1L, Long::sum);
                confidence = confidence.min(input.confidence());
            }
        }
        boolean anyInferred = !inferred.isEmpty();
        return new Tally(numerator, denominator, 1, 0, denominator.multiply(confidence), confidence, confidence,
                anyInferred ? denominator : BigDecimal.ZERO, anyInferred ? 1 : 0, inferred);
    }

    /** One record with nothing inferable (confidence 1). */
    public static Tally exact(BigDecimal numerator, BigDecimal denominator) {
        return record(numerator, denominator, List.of());
    }

    /** Pre-summed records with nothing inferable, e.g. Σ defective and Σ inspected of a group from SQL. */
    public static Tally exactSums(BigDecimal numerator, BigDecimal denominator, long records) {
        return new Tally(numerator, denominator, records, 0, denominator, BigDecimal.valueOf(records),
                records == 0 ? null : BigDecimal.ONE, BigDecimal.ZERO, 0, Map.of());
    }

    /**
     * {@code records} records that share the same inputs (same rules, same confidence), pre-summed, e.g. one SQL
     * group of entries with the same inference classes: the same tally as adding {@link #record} for each of them.
     */
    public static Tally records(BigDecimal numerator, BigDecimal denominator, long records, List<Resolved<?>> inputsUsed) {
        if (records == 0) {
            return EMPTY;
        }
        BigDecimal confidence = BigDecimal.ONE;
        Map<Inference, Long> inferred = new HashMap<>();
        for (Resolved<?> input : inputsUsed) {
            if (input.isInferred()) {
                inferred.merge(input.inference(), records, (a, b) -> a);
                confidence = confidence.min(input.confidence());
            }
        }
        boolean anyInferred = !inferred.isEmpty();
        return new Tally(numerator, denominator, records, 0, denominator.multiply(confidence),
                confidence.multiply(BigDecimal.valueOf(records)), confidence,
                anyInferred ? denominator : BigDecimal.ZERO, anyInferred ? records : 0, inferred);
    }

    /** {@code records} records in scope that the KPI cannot use because an input has no value. */
    public static Tally excludedRecords(long records) {
        return new Tally(BigDecimal.ZERO, BigDecimal.ZERO, records, records, BigDecimal.ZERO, BigDecimal.ZERO, null,
                BigDecimal.ZERO, 0, Map.of());
    }

    /** A record in scope that the KPI cannot use because an input has no value. */
    public static Tally excludedRecord() {
        return new Tally(BigDecimal.ZERO, BigDecimal.ZERO, 1, 1, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO,
                0, Map.of());
    }

    public Tally plus(Tally o) {
        if (o == EMPTY) {
            return this;
        }
        if (this == EMPTY) {
            return o;
        }
        Map<Inference, Long> merged;
        if (o.inferred.isEmpty() || inferred.isEmpty()) {
            merged = inferred.isEmpty() ? o.inferred : inferred;
        } else {
            merged = new HashMap<>(inferred);
            o.inferred.forEach((k, v) -> merged.merge(k, v, Long::sum));
        }
        BigDecimal min = minConfidence == null ? o.minConfidence
                : o.minConfidence == null ? minConfidence : minConfidence.min(o.minConfidence);
        return new Tally(numerator.add(o.numerator), denominator.add(o.denominator), recordCount + o.recordCount,
                excluded + o.excluded, confidenceWeight.add(o.confidenceWeight), confidenceSum.add(o.confidenceSum), min,
                inferredDenominator.add(o.inferredDenominator), inferredRecords + o.inferredRecords, merged);
    }

    /**
     * The same tally as adding them up with {@link #plus} (sums are exact, so the order does not matter), in one pass
     * without the intermediate tallies: pooling a trend adds up tens of thousands of them.
     */
    public static Tally sum(List<Tally> tallies) {
        Tally first = null;
        int from = 0;
        while (from < tallies.size() && (first = tallies.get(from)) == EMPTY) {
            from++;
        }
        if (from >= tallies.size() - 1) {
            return from == tallies.size() ? EMPTY : first;
        }
        BigDecimal numerator = first.numerator;
        BigDecimal denominator = first.denominator;
        long recordCount = first.recordCount;
        long excluded = first.excluded;
        BigDecimal confidenceWeight = first.confidenceWeight;
        BigDecimal confidenceSum = first.confidenceSum;
        BigDecimal minConfidence = first.minConfidence;
        BigDecimal inferredDenominator = first.inferredDenominator;
        long inferredRecords = first.inferredRecords;
        Map<Inference, Long> inferred = new HashMap<>(first.inferred);
        for (int i = from + 1; i < tallies.size(); i++) {
            Tally o = tallies.get(i);
            if (o == EMPTY) {
                continue;
            }
            numerator = numerator.add(o.numerator);
            denominator = denominator.add(o.denominator);
            recordCount += o.recordCount;
            excluded += o.excluded;
            confidenceWeight = confidenceWeight.add(o.confidenceWeight);
            confidenceSum = confidenceSum.add(o.confidenceSum);
            minConfidence = minConfidence == null ? o.minConfidence
                    : o.minConfidence == null ? minConfidence : minConfidence.min(o.minConfidence);
            inferredDenominator = inferredDenominator.add(o.inferredDenominator);
            inferredRecords += o.inferredRecords;
            o.inferred.forEach((k, v) -> inferred.merge(k, v, Long::sum));
        }
        return new Tally(numerator, denominator, recordCount, excluded, confidenceWeight, confidenceSum, minConfidence,
                inferredDenominator, inferredRecords, inferred);
    }

    long counted() {
        return recordCount - excluded;
    }

    /** Σ numerator ÷ Σ denominator, null when the denominator is 0. */
    public BigDecimal ratio() {
        return Num.ratio(numerator, denominator);
    }

    /** Σ numerator ÷ Σ denominator × 100, null when the denominator is 0. */
    public BigDecimal percent() {
        return Num.times(ratio(), Num.HUNDRED);
    }

    /** Denominator-weighted mean confidence; the plain mean when Σ denominator is 0; null without records. */
    public BigDecimal confidence() {
        if (denominator.signum() != 0) {
            return confidenceWeight.divide(denominator, Num.MC);
        }
        return counted() == 0 ? null : confidenceSum.divide(BigDecimal.valueOf(counted()), Num.MC);
    }

    /** Share of the denominator resting on inferred inputs; share of records when Σ denominator is 0. */
    public BigDecimal inferredShare() {
        if (denominator.signum() != 0) {
            return inferredDenominator.divide(denominator, Num.MC);
        }
        return counted() == 0 ? null : BigDecimal.valueOf(inferredRecords).divide(BigDecimal.valueOf(counted()), Num.MC);
    }

    /** Inference tallies, ordered by input then rule. */
    public List<InferredInput> inferredInputs() {
        return inferred.entrySet().stream()
                .map(e -> new InferredInput(e.getKey().input(), e.getKey().rule(), e.getValue(), e.getKey().confidence()))
                .sorted(Comparator.comparing(InferredInput::input).thenComparing(InferredInput::rule))
                .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && numerator.compareTo(t.numerator) == 0 && denominator.compareTo(t.denominator) == 0
                && recordCount == t.recordCount && excluded == t.excluded && inferred.equals(t.inferred);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator.stripTrailingZeros(), denominator.stripTrailingZeros(), recordCount, excluded,
                inferred);
    }
}
