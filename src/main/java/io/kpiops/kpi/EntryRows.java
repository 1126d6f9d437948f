package io.kpiops.kpi;

import java.util.List;

/**
 * The KPI engine's public face onto the raw entries behind its figures, streamed row by row (never a period loaded
 * into memory): a report's raw-data sheet. Each call checks the filter's clients against the caller's
 * {@code TenantScopes.current()} (404 outside it) and applies the filters the table carries, as the KPIs do.
 */
public interface EntryRows {

    /** The tables a report can list; {@link #columns()} are the keys of each row's values, in order. */
    enum Table {
        PRODUCTION(List.of("client", "shift_date", "shift", "line", "product", "work_order", "units_produced",
                "run_time_hours", "employees_assigned", "employees_present", "defect_count", "rework_count",
                "scrap_count", "entry_method")),
        QUALITY(List.of("client", "shift_date", "shift", "product", "work_order", "inspection_stage",
                "units_inspected", "units_passed_first_time", "units_defective", "total_defects", "units_reworked",
                "units_repaired", "units_scrapped", "entry_method")),
        DOWNTIME(List.of("client", "shift_date", "shift", "line", "work_order", "reason_code", "reason",
                "category", "duration_minutes", "machine", "entry_method")),
        ATTENDANCE(List.of("client", "shift_date", "shift", "employee", "employee_name", "line", "scheduled_hours",
                "actual_hours", "is_absent", "absence_type", "absence_hours", "late_minutes", "entry_method")),
        WORK_ORDERS(List.of("client", "work_order", "product", "status", "priority", "planned_quantity",
                "delivered_quantity", "planned_start_date", "planned_ship_date", "required_date", "actual_start_date",
                "actual_delivery_date"));

        private final List<String> columns;

        Table(List<String> columns) {
            this.columns = columns;
        }

        public List<String> columns() {
            return columns;
        }
    }

    /** Receives one row: values in {@link Table#columns()} order as String, Long, BigDecimal, LocalDate or Boolean. */
    @FunctionalInterface
    interface RowSink {
        void row(Object[] values);
    }

    /**
     * Streams the table's rows of the filter's clients and days (work orders: those due — planned ship date — in
     * the window, and those still open), ordered by client, day and id; returns the number of rows.
     */
    long stream(Table table, KpiFilter filter, RowSink sink);
}
