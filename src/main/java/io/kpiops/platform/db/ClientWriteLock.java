package io.kpiops.platform.db;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Orders, per client, the transactions that change data derived across records (each production entry's matched
 * downtime, ADR 0010) through the client's row in {@code client_write_locks}, taken as the first thing such a
 * transaction does and held until it ends. A transaction that writes downtime or reclassifies a reason changes the
 * match of other rows and takes the row <em>exclusively</em>; one that writes production entries only computes its own
 * entries' match from the committed downtime and takes it <em>shared</em>, so production writers of one client run
 * side by side and only wait for a downtime writer (and it for them). Taken first — before any row is written — so
 * that two writers never wait on each other's rows (a lock taken late deadlocks on MariaDB, where the recompute reads
 * the other writer's uncommitted row). A transaction takes one mode (a shared holder asking for the exclusive lock
 * could deadlock with another). SQLite needs nothing: its write transactions already run one at a time.
 */
@Component
public class ClientWriteLock {

    private final JdbcTemplate jdbc;
    private final String exclusive;
    private final String shared;
    private final String register;

    ClientWriteLock(JdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        String select = "SELECT client_id FROM client_write_locks WHERE client_id = ?";
        switch (values.vendor()) {
            case MARIADB -> {
                exclusive = "INSERT INTO client_write_locks (client_id) VALUES (?)"
                        + " ON DUPLICATE KEY UPDATE client_id = VALUES(client_id)";
                shared = select + " LOCK IN SHARE MODE";
                register = "INSERT IGNORE INTO client_write_locks (client_id) VALUES (?)";
            }
            case POSTGRES -> {
                exclusive = "INSERT INTO client_write_locks (client_id) VALUES (?)"
                        + " ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id";
                shared = select + " FOR SHARE";
                register = "INSERT INTO client_write_locks (client_id) VALUES (?) ON CONFLICT (client_id) DO NOTHING";
            }
            default -> {
                exclusive = null;
                shared = null;
                register = null;
            }
        }
    }

    /** Creates a new client's lock row, so that a shared lock never has to create it (in the client's creation). */
    public void register(long clientId) {
        if (register != null) {
            jdbc.update(register, clientId);
        }
    }

    /** Takes the clients' locks exclusively, in id order (so that two writers of several clients cannot deadlock). */
    public void acquire(Collection<Long> clientIds) {
        if (exclusive == null) {
            return;
        }
        requireTransaction();
        clientIds.stream().distinct().sorted().forEach(id -> jdbc.update(exclusive, id));
    }

    public void acquire(long clientId) {
        acquire(List.of(clientId));
    }

    /**
     * Takes the clients' locks shared, in id order. A client without a lock row (recorded before rows were made with
     * the client) gets it created, and then holds it exclusively for this once.
     */
    public void acquireShared(Collection<Long> clientIds) {
        if (shared == null) {
            return;
        }
        requireTransaction();
        clientIds.stream().distinct().sorted().forEach(id -> {
            if (jdbc.queryForList(shared, Long.class, id).isEmpty()) {
                jdbc.update(exclusive, id);
            }
        });
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a client write lock is only held within a transaction");
        }
    }
}
