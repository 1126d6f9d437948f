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

    /** The column the benchmark's one-row fix changes. */
    default String fixColumn() {
        return "name";
    }

    /** Whether importing the changed file updates every record (types that only create refuse known keys). */
    default boolean updates() {
        return true;
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

    /** Work orders, each with one job on a line: the order's planning fields and its first operation. */
    BenchmarkFile WORK_ORDERS = new BenchmarkFile() {
        @Override
        public String type() {
            return "work_orders";
        }

        @Override
        public void prepare(Api api, String adminToken, long clientId) {
            for (int p = 0; p < 10; p++) {
                api.post("/api/products", java.util.Map.of("client_id", clientId, "code", "BP-" + p, "name", "Product " + p,
                        "ideal_cycle_time_hours", 0.01), Api.bearer(adminToken));
            }
            for (int l = 1; l <= 3; l++) {
                api.post("/api/lines", java.util.Map.of("client_id", clientId, "code", "BL" + l, "name", "Line " + l),
                        Api.bearer(adminToken));
            }
        }

        @Override
        public List<String> header() {
            return List.of("number", "product_code", "planned_quantity", "priority", "planned_start_date",
                    "planned_ship_date", "customer_po_number", "job_sequence", "job_operation_code", "job_operation_name",
                    "job_line_code");
        }

        @Override
        public List<String> row(int i) {
            java.time.LocalDate start = java.time.LocalDate.of(2026, 1, 1).plusDays(i % 300);
            return List.of("WO-%06d".formatted(i), "BP-" + i % 10, String.valueOf(50 + i % 950),
                    List.of("URGENT", "HIGH", "NORMAL", "LOW").get(i % 4), start.toString(), start.plusDays(14).toString(),
                    "PO-" + (40_000 + i % 5000), "10", "SEW", "Sewing", "BL" + (1 + i % 3));
        }

        @Override
        public String fixColumn() {
            return "customer_po_number";
        }

        @Override
        public boolean updates() {
            return false;
        }
    };
}
