-- Work orders (a client's customer order), their jobs (operations / line items) and the log of every status change.
CREATE TABLE work_orders (
    id                     ${id_pk},
    client_id              BIGINT        NOT NULL,
    number                 VARCHAR(50)   NOT NULL,
    product_id             BIGINT        NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    previous_status        VARCHAR(20),
    priority               VARCHAR(10)   NOT NULL,
    planned_quantity       INTEGER       NOT NULL,
    delivered_quantity     INTEGER       NOT NULL,
    planned_start_date     DATE,
    planned_ship_date      DATE,
    required_date          DATE,
    actual_start_date      DATE,
    actual_delivery_date   DATE,
    ideal_cycle_time_hours DECIMAL(12, 6),
    customer_po_number     VARCHAR(100),
    notes                  VARCHAR(1000),
    version                BIGINT        NOT NULL,
    created_at             ${ts}         NOT NULL,
    updated_at             ${ts}         NOT NULL,
    CONSTRAINT uk_work_orders_client_number UNIQUE (client_id, number),
    CONSTRAINT fk_work_orders_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_work_orders_product FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE INDEX ix_work_orders_client_status ON work_orders (client_id, status);
CREATE INDEX ix_work_orders_client_ship ON work_orders (client_id, planned_ship_date);
CREATE INDEX ix_work_orders_client_created ON work_orders (client_id, created_at);

CREATE TABLE jobs (
    id                  ${id_pk},
    client_id           BIGINT        NOT NULL,
    work_order_id       BIGINT        NOT NULL,
    sequence            INTEGER       NOT NULL,
    operation_code      VARCHAR(50),
    operation_name      VARCHAR(255)  NOT NULL,
    line_id             BIGINT,
    planned_quantity    INTEGER,
    completed_quantity  INTEGER       NOT NULL,
    scrapped_quantity   INTEGER       NOT NULL,
    planned_hours       DECIMAL(10, 2),
    actual_hours        DECIMAL(10, 2),
    completed           ${bool}       NOT NULL,
    notes               VARCHAR(500),
    active              ${bool}       NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          ${ts}         NOT NULL,
    updated_at          ${ts}         NOT NULL,
    CONSTRAINT uk_jobs_order_sequence UNIQUE (work_order_id, sequence),
    CONSTRAINT fk_jobs_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_jobs_work_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id),
    CONSTRAINT fk_jobs_line FOREIGN KEY (line_id) REFERENCES production_lines (id)
);
CREATE INDEX ix_jobs_client ON jobs (client_id);

CREATE TABLE work_order_transitions (
    id              ${id_pk},
    client_id       BIGINT        NOT NULL,
    work_order_id   BIGINT        NOT NULL,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)   NOT NULL,
    reason          VARCHAR(500),
    user_id         BIGINT,
    username        VARCHAR(100)  NOT NULL,
    at              ${ts}         NOT NULL,
    CONSTRAINT fk_wo_transitions_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_wo_transitions_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id)
);
CREATE INDEX ix_wo_transitions_order ON work_order_transitions (work_order_id, at);
