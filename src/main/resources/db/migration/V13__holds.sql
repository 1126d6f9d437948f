-- Holds: a work order (or one of its jobs) put on hold for a reason of the client's catalog, then resumed (with the
-- hours it was on hold) or cancelled (it never took effect). Instants are UTC; held_date and resumed_date are the
-- plant-local days they fall on (filters, WIP aging). Deleted holds stay, marked deleted.
CREATE TABLE holds (
    id                        ${id_pk},
    client_id                 BIGINT         NOT NULL,
    work_order_id             BIGINT         NOT NULL,
    job_id                    BIGINT,
    hold_reason_id            BIGINT         NOT NULL,
    description               VARCHAR(1000),
    expected_resolution_date  DATE,
    status                    VARCHAR(20)    NOT NULL,
    held_at                   ${ts}          NOT NULL,
    held_date                 DATE           NOT NULL,
    resumed_at                ${ts},
    resumed_date              DATE,
    resumed_by                BIGINT,
    resumed_by_name           VARCHAR(100),
    resume_note               VARCHAR(1000),
    cancelled_at              ${ts},
    cancelled_by              BIGINT,
    cancelled_by_name         VARCHAR(100),
    cancel_reason             VARCHAR(500),
    duration_hours            DECIMAL(10, 2),
    entry_method              VARCHAR(20)    NOT NULL,
    entered_by                BIGINT,
    entered_by_name           VARCHAR(100)   NOT NULL,
    deleted_at                ${ts},
    deleted_by_name           VARCHAR(100),
    version                   BIGINT         NOT NULL,
    created_at                ${ts}          NOT NULL,
    updated_at                ${ts}          NOT NULL,
    CONSTRAINT fk_holds_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_holds_work_order FOREIGN KEY (work_order_id) REFERENCES work_orders (id),
    CONSTRAINT fk_holds_job FOREIGN KEY (job_id) REFERENCES jobs (id),
    CONSTRAINT fk_holds_reason FOREIGN KEY (hold_reason_id) REFERENCES hold_reasons (id)
);
CREATE INDEX ix_holds_client_date ON holds (client_id, held_date);
CREATE INDEX ix_holds_client_status ON holds (client_id, status);
CREATE INDEX ix_holds_work_order ON holds (work_order_id, status);
