package io.kpiops.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.IntegrationTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions run beside an open write transaction and see only what it has committed, on every database
 * (on SQLite they begin deferred instead of waiting for the writer, ADR 0017); concurrent writers all get through.
 */
@IntegrationTest
class TransactionsIT {

    private static final AtomicLong IDS = new AtomicLong(-1_000_000);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        jdbc.update("DELETE FROM client_write_locks WHERE client_id < 0");
    }

    @Test
    void aReadOnlyTransactionDoesNotWaitForAnOpenWriter() throws Exception {
        long id = IDS.decrementAndGet();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> writer = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.update("INSERT INTO client_write_locks (client_id) VALUES (?)", id);
            written.countDown();
            await(release);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        // the writer holds its transaction open while this reads: waiting for it would never end (release comes after)
        assertThat(countInReadOnlyTransaction(id)).isZero();

        release.countDown();
        writer.get(30, TimeUnit.SECONDS);
        assertThat(countInReadOnlyTransaction(id)).isEqualTo(1);
    }

    @Test
    void concurrentWriteTransactionsAllCommit() throws Exception {
        long first = IDS.addAndGet(-100);
        java.util.List<Future<?>> writers = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = first + i;
            writers.add(pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                // read, then write: the read-then-write shape that must not fail on a snapshot another writer made stale
                jdbc.queryForObject("SELECT COUNT(*) FROM client_write_locks", Integer.class);
                jdbc.update("INSERT INTO client_write_locks (client_id) VALUES (?)", id);
            })));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client_write_locks WHERE client_id BETWEEN ? AND ?",
                Integer.class, first, first + 39)).isEqualTo(40);
    }

    private int countInReadOnlyTransaction(long id) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(s -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM client_write_locks WHERE client_id = ?", Integer.class, id));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
