-- Report subscriptions (ADR 0011): a user's order for a report to be e-mailed on a schedule. client_id is the home
-- client, whose time zone the schedule and the report period follow; report_subscription_clients lists every client
-- the report covers (the home client included). next_run_at mirrors the scheduler's execution time for display.
CREATE TABLE report_subscriptions (
    id             ${id_pk},
    client_id      BIGINT         NOT NULL,
    owner_id       BIGINT         NOT NULL,
    owner_name     VARCHAR(100)   NOT NULL,
    report_type    VARCHAR(30)    NOT NULL,
    period         VARCHAR(20)    NOT NULL,
    shift_id       BIGINT,
    line_id        BIGINT,
    product_id     BIGINT,
    language       VARCHAR(5)     NOT NULL,
    formats        VARCHAR(20)    NOT NULL,
    recipients     ${text}        NOT NULL,
    frequency      VARCHAR(10)    NOT NULL,
    send_time      VARCHAR(5)     NOT NULL,
    day_of_week    VARCHAR(10),
    day_of_month   VARCHAR(4),
    active         ${bool}        NOT NULL,
    next_run_at    ${ts},
    version        BIGINT         NOT NULL,
    created_at     ${ts}          NOT NULL,
    updated_at     ${ts}          NOT NULL,
    CONSTRAINT fk_report_subscriptions_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_report_subscriptions_owner FOREIGN KEY (owner_id) REFERENCES users (id)
);
CREATE INDEX ix_report_subscriptions_client ON report_subscriptions (client_id);
CREATE INDEX ix_report_subscriptions_owner ON report_subscriptions (owner_id);

CREATE TABLE report_subscription_clients (
    subscription_id BIGINT NOT NULL,
    client_id       BIGINT NOT NULL,
    CONSTRAINT pk_report_subscription_clients PRIMARY KEY (subscription_id, client_id),
    CONSTRAINT fk_report_subscription_clients_subscription FOREIGN KEY (subscription_id)
        REFERENCES report_subscriptions (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_subscription_clients_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_report_subscription_clients_client ON report_subscription_clients (client_id);

-- One row per delivery attempt (scheduled, retried or sent by hand), kept until its subscription is deleted.
CREATE TABLE report_deliveries (
    id              ${id_pk},
    subscription_id BIGINT         NOT NULL,
    client_id       BIGINT         NOT NULL,
    trigger_kind    VARCHAR(10)    NOT NULL,
    attempt         INT            NOT NULL,
    due_at          ${ts}          NOT NULL,
    attempted_at    ${ts}          NOT NULL,
    period_from     DATE           NOT NULL,
    period_to       DATE           NOT NULL,
    recipients      ${text}        NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    error           VARCHAR(1000),
    file_names      VARCHAR(500),
    next_retry_at   ${ts},
    CONSTRAINT fk_report_deliveries_subscription FOREIGN KEY (subscription_id)
        REFERENCES report_subscriptions (id) ON DELETE CASCADE
);
CREATE INDEX ix_report_deliveries_subscription ON report_deliveries (subscription_id, attempted_at);

-- db-scheduler's table (its documented schema, with this project's portable types): one row per scheduled execution,
-- picked by exactly one node through an optimistic version check.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            ${blob},
    execution_time       ${ts}        NOT NULL,
    picked               ${bool}      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         ${ts},
    last_failure         ${ts},
    consecutive_failures INT,
    last_heartbeat       ${ts},
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_time ON scheduled_tasks (priority, execution_time);
