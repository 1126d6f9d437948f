-- Display tokens of shop-floor TV screens (ADR 0013): a wall screen reads one client's line without a user login.
-- Only the SHA-256 of the secret is kept (the secret is shown once at creation); a revoked token stays for the list
-- and the audit trail. last_used_at is refreshed at most once a minute by the screen's requests.
CREATE TABLE display_tokens (
    id               ${id_pk},
    client_id        BIGINT        NOT NULL,
    line_id          BIGINT        NOT NULL,
    shift_id         BIGINT,
    name             VARCHAR(100)  NOT NULL,
    token_hash       VARCHAR(64)   NOT NULL,
    created_by_name  VARCHAR(100)  NOT NULL,
    created_at       ${ts}         NOT NULL,
    last_used_at     ${ts},
    revoked_at       ${ts},
    revoked_by_name  VARCHAR(100),
    CONSTRAINT uk_display_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_display_tokens_client FOREIGN KEY (client_id) REFERENCES clients (id),
    CONSTRAINT fk_display_tokens_line FOREIGN KEY (line_id) REFERENCES production_lines (id),
    CONSTRAINT fk_display_tokens_shift FOREIGN KEY (shift_id) REFERENCES shifts (id)
);
CREATE INDEX ix_display_tokens_client ON display_tokens (client_id);
