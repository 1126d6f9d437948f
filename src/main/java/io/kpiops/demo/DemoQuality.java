package io.kpiops.demo;

import io.kpiops.demo.DemoProduction.Output;
import io.kpiops.quality.QualitySetup.DefectSpec;
import io.kpiops.quality.QualitySetup.QualitySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The inspections behind the production: each work order's incoming material is sampled on its first day; every
 * production day an in-process sample is taken from each order and each line's stock product, and all units made
 * that day pass final inspection, which finds the defective units production reported (with their rework, repairs
 * and scrap). Defects are of the client's defect types, Pareto-like: a few types make most of them, and some
 * defective units have two. Stages come from the client's inspection_stages (first, second, last). Pure and seeded.
 */
final class DemoQuality {

    private static final String[] INSPECTORS = {"M. Ortega", "J. Kim", "R. Patel", "S. Novak"};

    private DemoQuality() {}

    /** One day of one order (or of one line's stock product): its slots' outputs in time order. */
    private record Batch(String key, List<Output> outputs) {}

    /**
     * @param defectTypes the client's active defect types, a catch-all ("OTHER") last: it gets the smallest share
     */
    static List<QualitySpec> specs(String clientCode, DemoIds ids, List<Output> outputs, List<String> stages,
            List<Long> defectTypes) {
        Random random = new Random(47L * clientCode.hashCode() + 13);
        double[] weights = pareto(defectTypes.size(), random);
        String incoming = stages.size() >= 3 ? stages.getFirst() : null;
        String inProcess = stages.size() >= 2 ? stages.get(stages.size() - 2) : null;
        String last = stages.getLast();
        Map<String, Batch> batches = new LinkedHashMap<>();
        for (Output o : outputs) {
            String key = o.slot().day() + (o.slot().order() >= 0 ? "/o" + o.slot().order()
                    : "/l" + o.slot().line() + "/p" + o.slot().product());
            batches.computeIfAbsent(key, k -> new Batch(k, new ArrayList<>())).outputs().add(o);
        }
        List<QualitySpec> specs = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Batch b : batches.values()) {
            Output first = b.outputs().getFirst();
            Output end = b.outputs().getLast();
            int order = first.slot().order();
            Long orderId = order >= 0 ? ids.orders().get(order) : null;
            long product = ids.products().get(first.slot().product());
            String inspector = INSPECTORS[first.slot().shift() + (random.nextInt(4) == 0 ? 1 : 0)];
            if (incoming != null && order >= 0 && seen.add(order)) {
                int n = 50 + 25 * random.nextInt(4);
                int bad = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
                specs.add(spec(ids, first, orderId, product, incoming, n, bad, 0, 0, 0, inspector, defectTypes, weights,
                        random));
            }
            int units = b.outputs().stream().mapToInt(Output::units).sum();
            if (units == 0) {
                continue;
            }
            if (inProcess != null) {
                int n = Math.min(first.units(), 30 + 10 * random.nextInt(8));
                int bad = 0;
                for (int i = 0; i < n; i++) {
                    bad += random.nextDouble() < first.defectRate() * 0.8 ? 1 : 0;
                }
                specs.add(spec(ids, first, orderId, product, inProcess, n, bad, 0, 0, bad, inspector, defectTypes,
                        weights, random));
            }
            int defective = b.outputs().stream().mapToInt(Output::defects).sum();
            int rework = b.outputs().stream().mapToInt(Output::rework).sum();
            int scrap = b.outputs().stream().mapToInt(Output::scrap).sum();
            int repaired = rework / 4;
            specs.add(spec(ids, end, orderId, product, last, units, defective, rework - repaired, repaired, scrap,
                    INSPECTORS[end.slot().shift()], defectTypes, weights, random));
        }
        return specs;
    }

    private static QualitySpec spec(DemoIds ids, Output at, Long orderId, long product, String stage, int inspected,
            int defective, int reworked, int repaired, int scrapped, String inspector, List<Long> types,
            double[] weights, Random random) {
        int total = defective;
        for (int i = 0; i < defective; i++) {
            total += random.nextDouble() < 0.12 ? 1 : 0;
        }
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < total && !types.isEmpty(); i++) {
            counts.merge(types.get(pick(weights, random)), 1, Integer::sum);
        }
        List<DefectSpec> defects = counts.entrySet().stream().map(e -> new DefectSpec(e.getKey(), e.getValue())).toList();
        return new QualitySpec(ids.clientId(), at.slot().day(), ids.shifts().get(at.slot().shift()), orderId,
                orderId == null ? product : null, stage, inspected, null, defective, total, reworked, repaired,
                scrapped, inspector, defects);
    }

    /** Weights falling off like 1/rank^1.4 over the types in a seeded order (the last one last): a few dominate. */
    private static double[] pareto(int n, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        order.add(n - 1);
        double[] w = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            w[order.get(rank)] = 1 / Math.pow(rank + 1, 1.4);
            sum += w[order.get(rank)];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static int pick(double[] weights, Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
