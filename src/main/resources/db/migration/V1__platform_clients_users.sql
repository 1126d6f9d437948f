-- Clients (tenants), users with their client assignments, authentication state and the audit log.
-- ${id_pk}, ${ts}, ${text} and ${bool} are filled in per database vendor (see DbVendor).

CREATE TABLE clients (
    id          ${id_pk},
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    active      ${bool}      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL,
    CONSTRAINT uk_clients_code UNIQUE (code)
);

CREATE TABLE users (
    id                  ${id_pk},
    username            VARCHAR(50)  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    full_name           VARCHAR(100) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    active              ${bool}      NOT NULL,
    failed_logins       INTEGER      NOT NULL,
    locked_until        ${ts},
    sessions_valid_after ${ts},
    version             BIGINT       NOT NULL,
    created_at          ${ts}        NOT NULL,
    updated_at          ${ts}        NOT NULL,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_email UNIQUE (email)
);

CREATE TABLE user_clients (
    user_id   BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, client_id),
    CONSTRAINT fk_user_clients_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_user_clients_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_user_clients_client ON user_clients (client_id);

CREATE TABLE refresh_tokens (
    id          ${id_pk},
    user_id     BIGINT      NOT NULL,
    family_id   VARCHAR(36) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    issued_at   ${ts}       NOT NULL,
    expires_at  ${ts}       NOT NULL,
    used_at     ${ts},
    revoked_at  ${ts},
    CONSTRAINT uk_refresh_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE revoked_access_tokens (
    jti        VARCHAR(36) NOT NULL PRIMARY KEY,
    expires_at ${ts}       NOT NULL
);

CREATE TABLE audit_log (
    id          ${id_pk},
    at          ${ts}        NOT NULL,
    user_id     BIGINT,
    username    VARCHAR(50)  NOT NULL,
    client_id   BIGINT,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    old_value   ${text},
    new_value   ${text}
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_username ON audit_log (username, at);
