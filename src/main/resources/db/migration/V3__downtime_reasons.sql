-- Downtime reasons: two levels (category → reason), each planned or unplanned; setup/changeover reasons follow the
-- client's setup_as_planned setting in the KPI engine. Every new client gets a default catalog it can edit.

CREATE TABLE downtime_reasons (
    id          ${id_pk},
    client_id   BIGINT       NOT NULL,
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    category    VARCHAR(20)  NOT NULL,
    planned     ${bool}      NOT NULL,
    setup       ${bool}      NOT NULL,
    active      ${bool}      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL,
    CONSTRAINT uk_downtime_reasons_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_downtime_reasons_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
