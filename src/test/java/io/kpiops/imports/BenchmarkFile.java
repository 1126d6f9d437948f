package io.kpiops.imports;

import io.kpiops.support.Api;
import java.util.List;

/**
 * Generates a large file of one import type for {@link ImportBenchmark}. To benchmark another type, implement this
 * (a header, the cells of one row per index, and whatever the rows refer to created in {@link #prepare}) and add it to
 * {@link ImportBenchmark#FILES}.
 */
interface BenchmarkFile {

    /** The import type, e.g. "products". */
    String type();

    /** Creates what the rows refer to (lines, products, work orders …) for the client, as admin. */
    default void prepare(Api api, String adminToken, long clientId) {}

    List<String> header();

    /** The cells of row i (0-based); rows must be valid and their keys unique. */
    List<String> row(int i);

    /** The same row in the second file of a run, which must change every record (default: the first cell kept, "v2" added to the second). */
    default List<String> changedRow(int i) {
        List<String> row = new java.util.ArrayList<>(row(i));
        row.set(1, row.get(1) + " v2");
        return row;
    }

    /** Products with every column filled. */
    BenchmarkFile PRODUCTS = new BenchmarkFile() {
        @Override
        public String type() {
            return "products";
        }

        @Override
        public List<String> header() {
            return List.of("code", "name", "description", "ideal_cycle_time_hours", "unit_of_measure", "defect_opportunities", "active");
        }

        @Override
        public List<String> row(int i) {
            return List.of("P-%06d".formatted(i), "Product " + i, "Generated product " + i + ", for the benchmark",
                    "0.%04d".formatted(1 + i % 9999), "units", String.valueOf(1 + i % 12), i % 10 == 0 ? "no" : "yes");
        }
    };
}
