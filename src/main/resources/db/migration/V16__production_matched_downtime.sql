-- The downtime matched to each production entry (KPI.md §7, ADR 0010), kept with the entry so the KPI statements read
-- it instead of matching at every request: the number of matched records and their minutes per reason class —
-- planned, setup / changeover (planned or not by the client's setup_as_planned setting, decided when the KPIs are
-- read), and unplanned. A downtime record belongs to the entries of its production day and shift with its work order
-- (only the one on its line when it names a line too, unless the entry has no line), or, without a work order, to
-- the entries on its line. The application recomputes them for every slice (client, day, shift) a write touches
-- (io.kpiops.matching.MatchedDowntime, the same statement); this fills them for the entries already recorded. The
-- two ways to match (by work order, by line without one) are summed apart so each reads a few index rows.
ALTER TABLE production_entries ADD COLUMN matched_downtime_records INTEGER NOT NULL DEFAULT 0;
ALTER TABLE production_entries ADD COLUMN matched_planned_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE production_entries ADD COLUMN matched_setup_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE production_entries ADD COLUMN matched_unplanned_minutes INTEGER NOT NULL DEFAULT 0;

UPDATE production_entries SET
    matched_downtime_records = (SELECT COUNT(*) FROM downtime_entries d
        WHERE d.client_id = production_entries.client_id AND d.work_order_id = production_entries.work_order_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL
          AND (d.line_id = production_entries.line_id OR d.line_id IS NULL OR production_entries.line_id IS NULL))
    + (SELECT COUNT(*) FROM downtime_entries d
        WHERE d.client_id = production_entries.client_id AND d.line_id = production_entries.line_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL AND d.work_order_id IS NULL),
    matched_planned_minutes = (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.work_order_id = production_entries.work_order_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL
          AND (d.line_id = production_entries.line_id OR d.line_id IS NULL OR production_entries.line_id IS NULL)
          AND r.setup = FALSE AND r.planned = TRUE)
    + (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.line_id = production_entries.line_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL AND d.work_order_id IS NULL
          AND r.setup = FALSE AND r.planned = TRUE),
    matched_setup_minutes = (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.work_order_id = production_entries.work_order_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL
          AND (d.line_id = production_entries.line_id OR d.line_id IS NULL OR production_entries.line_id IS NULL)
          AND r.setup = TRUE)
    + (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.line_id = production_entries.line_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL AND d.work_order_id IS NULL
          AND r.setup = TRUE),
    matched_unplanned_minutes = (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.work_order_id = production_entries.work_order_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL
          AND (d.line_id = production_entries.line_id OR d.line_id IS NULL OR production_entries.line_id IS NULL)
          AND r.setup = FALSE AND r.planned = FALSE)
    + (SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
        WHERE d.client_id = production_entries.client_id AND d.line_id = production_entries.line_id
          AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
          AND d.deleted_at IS NULL AND d.work_order_id IS NULL
          AND r.setup = FALSE AND r.planned = FALSE);
