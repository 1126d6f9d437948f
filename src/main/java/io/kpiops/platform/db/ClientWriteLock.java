package io.kpiops.platform.db;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises, per client, the transactions that change data derived across records (each production entry's matched
 * downtime, ADR 0010): the first thing such a transaction does is take its client's row in {@code client_write_locks},
 * held until it ends. Taken first — before any row is written — so that two writers never wait on each other's rows
 * (a lock taken late deadlocks on MariaDB, where the recompute reads the other writer's uncommitted row). SQLite needs
 * nothing: its write transactions already run one at a time.
 */
@Component
public class ClientWriteLock {

    private final JdbcTemplate jdbc;
    private final String upsert;

    ClientWriteLock(JdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        this.upsert = switch (values.vendor()) {
            case MARIADB -> "INSERT INTO client_write_locks (client_id) VALUES (?)"
                    + " ON DUPLICATE KEY UPDATE client_id = VALUES(client_id)";
            case POSTGRES -> "INSERT INTO client_write_locks (client_id) VALUES (?)"
                    + " ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id";
            case SQLITE -> null;
        };
    }

    /** Takes the locks of the clients, in id order (so that two writers of several clients cannot deadlock). */
    public void acquire(Collection<Long> clientIds) {
        if (upsert == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a client write lock is only held within a transaction");
        }
        clientIds.stream().distinct().sorted().forEach(id -> jdbc.update(upsert, id));
    }

    public void acquire(long clientId) {
        acquire(java.util.List.of(clientId));
    }
}
