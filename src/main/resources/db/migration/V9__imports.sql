-- The import pipeline: an uploaded file's preview (imports) with every data row and its errors (import_rows), kept
-- after the commit for the import log and the rejected-rows download. And the client setting that says how slashed or
-- dotted dates in imported files are read (DMY or MDY).

ALTER TABLE client_settings ADD COLUMN date_order VARCHAR(3) NOT NULL DEFAULT 'MDY';

CREATE TABLE imports (
    id               ${id_pk},
    client_id        BIGINT        NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    total_rows       INTEGER       NOT NULL,
    valid_rows       INTEGER       NOT NULL,
    rejected_rows    INTEGER       NOT NULL,
    created_count    INTEGER,
    updated_count    INTEGER,
    mode             VARCHAR(20),
    columns_json     ${text}       NOT NULL,
    warnings_json    ${text}       NOT NULL,
    created_by       BIGINT,
    created_by_name  VARCHAR(50)   NOT NULL,
    committed_at     ${ts},
    active           ${bool}       NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       ${ts}         NOT NULL,
    updated_at       ${ts}         NOT NULL,
    CONSTRAINT fk_imports_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_imports_client_created ON imports (client_id, created_at);
CREATE INDEX ix_imports_client_type_hash ON imports (client_id, type, content_hash);

-- row_no is the spreadsheet row (header = 1); row_values and read_errors/row_errors are JSON. read_errors are the
-- cells refused while reading (formula cells, formula-like text): they stay until the cell is fixed, whatever the
-- re-validation finds. (ROW_NUMBER and VALUES are reserved words, hence the prefixes.)
CREATE TABLE import_rows (
    import_id    BIGINT    NOT NULL,
    row_no       INTEGER   NOT NULL,
    row_values   ${text}   NOT NULL,
    read_errors  ${text},
    row_errors   ${text},
    PRIMARY KEY (import_id, row_no),
    CONSTRAINT fk_import_rows_import FOREIGN KEY (import_id) REFERENCES imports (id)
);
