-- Per-client settings that change KPI numbers (KPI.md §6) and per-client KPI targets overriding the global defaults.
-- Lists are stored as comma-separated values; absent rows mean "the defaults".

CREATE TABLE client_settings (
    id                          ${id_pk},
    client_id                   BIGINT        NOT NULL,
    setup_as_planned            ${bool}       NOT NULL,
    counted_absence_types       VARCHAR(200)  NOT NULL,
    wip_bucket_edges            VARCHAR(100)  NOT NULL,
    bradford_window_weeks       INTEGER       NOT NULL,
    bradford_bands              VARCHAR(100)  NOT NULL,
    default_crew_size           INTEGER,
    default_cycle_time_hours    DECIMAL(12,6),
    default_shift_hours         DECIMAL(6,2)  NOT NULL,
    default_lead_time_days      INTEGER,
    default_dpmo_opportunities  INTEGER       NOT NULL,
    operator_backdating_days    INTEGER       NOT NULL,
    active                      ${bool}       NOT NULL,
    version                     BIGINT        NOT NULL,
    created_at                  ${ts}         NOT NULL,
    updated_at                  ${ts}         NOT NULL,
    CONSTRAINT uk_client_settings_client UNIQUE (client_id),
    CONSTRAINT fk_client_settings_client FOREIGN KEY (client_id) REFERENCES clients (id)
);

CREATE TABLE kpi_targets (
    id          ${id_pk},
    client_id   BIGINT         NOT NULL,
    kpi         VARCHAR(30)    NOT NULL,
    target      DECIMAL(14,4)  NOT NULL,
    warning     DECIMAL(14,4)  NOT NULL,
    critical    DECIMAL(14,4)  NOT NULL,
    active      ${bool}        NOT NULL,
    version     BIGINT         NOT NULL,
    created_at  ${ts}          NOT NULL,
    updated_at  ${ts}          NOT NULL,
    CONSTRAINT uk_kpi_targets_client_kpi UNIQUE (client_id, kpi),
    CONSTRAINT fk_kpi_targets_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
