-- Each client's defect catalogue (category, severity, optional industry standard code); industry templates can be
-- loaded into a client with one action.
CREATE TABLE defect_types (
    id             ${id_pk},
    client_id      BIGINT        NOT NULL,
    code           VARCHAR(50)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    description    VARCHAR(500),
    category       VARCHAR(50)   NOT NULL,
    severity       VARCHAR(10)   NOT NULL,
    standard_code  VARCHAR(50),
    sort_order     INTEGER       NOT NULL,
    active         ${bool}       NOT NULL,
    version        BIGINT        NOT NULL,
    created_at     ${ts}         NOT NULL,
    updated_at     ${ts}         NOT NULL,
    CONSTRAINT uk_defect_types_client_code UNIQUE (client_id, code),
    CONSTRAINT fk_defect_types_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
