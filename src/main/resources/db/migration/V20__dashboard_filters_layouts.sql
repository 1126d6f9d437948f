-- Per-user dashboard preferences: named saved filters (one default per user, enforced by the service in the same
-- transaction that clears the previous default) and the widget layout of each dashboard. Both belong to one user and
-- are deleted with nothing else; they are preferences, not plant data, so they carry no client and no audit trail.

CREATE TABLE dashboard_filters (
    id           ${id_pk},
    user_id      BIGINT        NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    filter_json  ${text}       NOT NULL,
    is_default   ${bool}       NOT NULL,
    created_at   ${ts}         NOT NULL,
    updated_at   ${ts}         NOT NULL,
    CONSTRAINT uk_dashboard_filters_user_name UNIQUE (user_id, name),
    CONSTRAINT fk_dashboard_filters_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- widgets_json: [{key, x, y, w, h, hidden}], validated against the widget catalogue before it is stored.
CREATE TABLE dashboard_layouts (
    user_id       BIGINT       NOT NULL,
    dashboard     VARCHAR(40)  NOT NULL,
    widgets_json  ${text}      NOT NULL,
    updated_at    ${ts}        NOT NULL,
    CONSTRAINT pk_dashboard_layouts PRIMARY KEY (user_id, dashboard),
    CONSTRAINT fk_dashboard_layouts_user FOREIGN KEY (user_id) REFERENCES users (id)
);
