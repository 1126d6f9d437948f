-- Quality inspections (KPI.md §3: PPM, DPMO, FPY, RTY): the result of inspecting units of one product (or work order)
-- at one inspection stage on one production day, and the defects found, by type of the client's catalogue.
-- Counts follow the KPIs: passed first time + defective <= inspected; reworked + repaired + scrapped <= defective;
-- defective <= total defects (several defects may be found on one unit). Deleted entries stay, marked deleted.
CREATE TABLE quality_entries (
    id                       ${id_pk},
    client_id                BIGINT         NOT NULL,
    shift_date               DATE           NOT NULL,
    shift_id                 BIGINT,
    work_order_id            BIGINT,
    job_id                   BIGINT,
    product_id               BIGINT         NOT NULL,
    inspection_stage         VARCHAR(20)    NOT NULL,
    units_inspected          INTEGER        NOT NULL,
    units_passed_first_time  INTEGER        NOT NULL,
    units_defective          INTEGER        NOT NULL,
    total_defects            INTEGER        NOT NULL,
    units_reworked           INTEGER        NOT NULL,
    units_repaired           INTEGER        NOT NULL,
    units_scrapped           INTEGER        NOT NULL,
    inspector                VARCHAR(100),
    notes                    VARCHAR(1000),
    entry_method             VARCHAR(20)    NOT NULL,
    entered_by               BIGINT,
    entered_by_name          VARCHAR(100)   NOT NULL,
    deleted_at               ${ts},
    deleted_by_name          VARCHAR(100),
    version                  BIGINT         NOT NULL,
    created_at               ${ts}          NOT NULL,
    updated_at               ${ts}          NOT NULL,
    CONSTRAINT fk_quality_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_quality_shift FOREIGN KEY (shift_id) REFERENCES shifts (id),
    CONSTRAINT fk_quality_work_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id),
    CONSTRAINT fk_quality_job FOREIGN KEY (job_id) REFERENCES jobs (id),
    CONSTRAINT fk_quality_product FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_quality_client_date ON quality_entries (client_id, shift_date);
CREATE INDEX ix_quality_client_product ON quality_entries (client_id, product_id, shift_date);
CREATE INDEX ix_quality_client_stage ON quality_entries (client_id, inspection_stage, shift_date);
CREATE INDEX ix_quality_work_order ON quality_entries (work_order_id);

-- The defects of an inspection by type (the DPMO numerator's breakdown, the defect Pareto); their counts add up to
-- the entry's total_defects. Replaced as a whole when the entry changes.
CREATE TABLE quality_defects (
    quality_entry_id  BIGINT        NOT NULL,
    seq               INTEGER       NOT NULL,
    client_id         BIGINT        NOT NULL,
    defect_type_id    BIGINT        NOT NULL,
    defect_count      INTEGER       NOT NULL,
    location          VARCHAR(100),
    severity          VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_quality_defects PRIMARY KEY (quality_entry_id, seq),
    CONSTRAINT fk_quality_defects_entry FOREIGN KEY (quality_entry_id) REFERENCES quality_entries (id),
    CONSTRAINT fk_quality_defects_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_quality_defects_type FOREIGN KEY (defect_type_id) REFERENCES defect_types (id)
);
CREATE INDEX ix_quality_defects_client_type ON quality_defects (client_id, defect_type_id);
