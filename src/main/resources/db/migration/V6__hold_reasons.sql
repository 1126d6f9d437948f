-- Why a work order (or job) is put on hold; every new client gets a default catalog it can edit.
CREATE TABLE hold_reasons (
    id          ${id_pk},
    client_id   BIGINT       NOT NULL,
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    active      ${bool}      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL,
    CONSTRAINT uk_hold_reasons_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_hold_reasons_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
