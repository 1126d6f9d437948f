-- Covering indexes for the KPI engine's window scans (docs/benchmarks.md, "KPI engine — third pass"): every KPI
-- statement reads one client's entries of a window of production days and sums a few columns of each. With the
-- (client, day) indexes alone each entry of the window costs a second lookup of its table row; these indexes hold
-- every column the production, quality and attendance statements read (the production entry's matched downtime of
-- ADR 0010 included), so a database can answer them from the index alone (SQLite: "USING COVERING INDEX"; PostgreSQL
-- needs the pages marked visible by (auto)vacuum for an index-only scan). The older (client, day) indexes stay: they
-- are prefixes of these and serve the entry lists, and dropping an index is not written alike on the three databases.
CREATE INDEX ix_production_kpi ON production_entries (client_id, shift_date, deleted_at, shift_id, line_id, product_id,
    work_order_id, run_time_hours, units_produced, defect_count, employees_assigned, employees_present,
    matched_downtime_records, matched_planned_minutes, matched_setup_minutes, matched_unplanned_minutes);
CREATE INDEX ix_quality_kpi ON quality_entries (client_id, shift_date, deleted_at, inspection_stage, product_id, shift_id,
    work_order_id, units_inspected, units_defective, units_passed_first_time, total_defects);
CREATE INDEX ix_attendance_kpi ON attendance_entries (client_id, shift_date, deleted_at, shift_id, employee_id,
    absence_type, is_absent, scheduled_hours, actual_hours, absence_hours);
