-- Indexes for the KPI engine's gathering queries, which read one client's rows of a window of production days and
-- sum them in SQL: the shift and work-order filters of production entries (and a work order's first production day
-- for WIP aging), and the promised-date fallbacks of OTD (required date, planned start) beside the planned ship date.
CREATE INDEX ix_production_client_shift ON production_entries (client_id, shift_id, shift_date);
CREATE INDEX ix_production_client_order ON production_entries (client_id, work_order_id, shift_date);
CREATE INDEX ix_downtime_client_order ON downtime_entries (client_id, work_order_id, shift_date);
CREATE INDEX ix_quality_client_order ON quality_entries (client_id, work_order_id, shift_date);
CREATE INDEX ix_work_orders_client_required ON work_orders (client_id, required_date);
CREATE INDEX ix_work_orders_client_start ON work_orders (client_id, planned_start_date);
