-- One row per client, taken (upserted) first by every transaction that writes production or downtime entries or
-- changes a downtime reason's class, so that two such transactions of one client never each miss the other's
-- uncommitted rows when they recompute the matched downtime (ADR 0010). No foreign key points here, so other writes
-- of the client never wait on it. SQLite needs no row: its write transactions already run one at a time.
CREATE TABLE client_write_locks (
    client_id BIGINT NOT NULL,
    CONSTRAINT pk_client_write_locks PRIMARY KEY (client_id)
);
