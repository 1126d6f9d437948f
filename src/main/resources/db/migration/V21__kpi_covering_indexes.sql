-- Covering indexes for the KPI engine's quality and attendance window scans (docs/benchmarks.md, "KPI engine — third
-- pass"): every KPI statement reads one client's entries of a window of production days and sums a few columns of each.
-- With the (client, day) indexes alone each entry of the window costs a second lookup of its table row; these indexes
-- hold every column the quality and attendance statements read, so a database can answer them from the index alone
-- (SQLite: "USING COVERING INDEX"; PostgreSQL needs the pages marked visible by (auto)vacuum for an index-only scan).
-- Production entries get none: a 16-column index there is maintained by every create twice (the entry, then its
-- matched downtime, ADR 0010) and slowed the batch of 10 000 on PostgreSQL (2.4 s against 1.5-1.7 s), for a few per
-- cent on the production statement (docs/benchmarks.md, "KPI engine — third pass"). The older (client, day) indexes stay: they are prefixes of
-- these and serve the entry lists.
CREATE INDEX ix_quality_kpi ON quality_entries (client_id, shift_date, deleted_at, inspection_stage, product_id, shift_id,
    work_order_id, units_inspected, units_defective, units_passed_first_time, total_defects);
CREATE INDEX ix_attendance_kpi ON attendance_entries (client_id, shift_date, deleted_at, shift_id, employee_id,
    absence_type, is_absent, scheduled_hours, actual_hours, absence_hours);
