-- The plant model of each client: products, production lines, shifts with their breaks, employees.
-- Codes (and shift names) are unique per client; rows are deactivated, never deleted.

CREATE TABLE products (
    id                    ${id_pk},
    client_id             BIGINT         NOT NULL,
    code                  VARCHAR(50)    NOT NULL,
    name                  VARCHAR(100)   NOT NULL,
    description           VARCHAR(1000),
    ideal_cycle_time_hours DECIMAL(12,6),
    unit_of_measure       VARCHAR(20)    NOT NULL,
    active                ${bool}        NOT NULL,
    version               BIGINT         NOT NULL,
    created_at            ${ts}          NOT NULL,
    updated_at            ${ts}          NOT NULL,
    CONSTRAINT uk_products_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_products_client FOREIGN KEY (client_id) REFERENCES clients (id)
);

CREATE TABLE production_lines (
    id          ${id_pk},
    client_id   BIGINT       NOT NULL,
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    active      ${bool}      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL,
    CONSTRAINT uk_lines_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_lines_client FOREIGN KEY (client_id) REFERENCES clients (id)
);

CREATE TABLE shifts (
    id            ${id_pk},
    client_id     BIGINT       NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    start_minute  INTEGER      NOT NULL,
    end_minute    INTEGER      NOT NULL,
    active        ${bool}      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    ${ts}        NOT NULL,
    updated_at    ${ts}        NOT NULL,
    CONSTRAINT uk_shifts_client_name UNIQUE (client_id, name),
    CONSTRAINT fk_shifts_client FOREIGN KEY (client_id) REFERENCES clients (id)
);

CREATE TABLE shift_breaks (
    shift_id          BIGINT      NOT NULL,
    seq               INTEGER     NOT NULL,
    name              VARCHAR(50) NOT NULL,
    start_minute      INTEGER     NOT NULL,
    duration_minutes  INTEGER     NOT NULL,
    PRIMARY KEY (shift_id, seq),
    CONSTRAINT fk_shift_breaks_shift FOREIGN KEY (shift_id) REFERENCES shifts (id)
);

CREATE TABLE employees (
    id             ${id_pk},
    client_id      BIGINT       NOT NULL,
    code           VARCHAR(50)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    line_id        BIGINT,
    floating_pool  ${bool}      NOT NULL,
    active         ${bool}      NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     ${ts}        NOT NULL,
    updated_at     ${ts}        NOT NULL,
    CONSTRAINT uk_employees_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_employees_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_employees_line FOREIGN KEY (line_id) REFERENCES production_lines (id)
);
CREATE INDEX ix_employees_line ON employees (line_id);
