package io.kpiops.platform.db;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.Session;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions on SQLite, which lets one transaction write at a time (ADR 0017). Write transactions queue for a fair
 * lock in the JVM before they begin, and begin IMMEDIATE (taking SQLite's write lock at once, so a read-then-write
 * transaction can never fail on a snapshot another writer made stale). Read-only transactions begin DEFERRED and run
 * beside the writer on WAL snapshots. Left to SQLite, concurrent writers would sleep in its busy handler in growing
 * steps of up to 100 ms, inside a native call that pins a virtual thread's carrier, while the lock stood idle.
 * <p>
 * The lock is released only after the connection is back in the pool: the driver begins a new transaction as part of
 * every commit, which the pool's reset to auto-commit ends; a writer let in before that would wait on it in SQLite.
 */
final class SqliteTransactionManager extends JpaTransactionManager {

    private final ReentrantLock writer = new ReentrantLock(true);
    /** Per thread, for each transaction begun and not yet cleaned up (innermost first): whether it holds the lock. */
    private final ThreadLocal<Deque<Boolean>> holding = ThreadLocal.withInitial(ArrayDeque::new);

    /** The dialect that sets each transaction's begin mode; set here because the base class takes the factory's. */
    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        setJpaDialect(new Dialect());
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        boolean write = !definition.isReadOnly();
        if (write) {
            writer.lock();
        }
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            if (write) {
                writer.unlock();
            }
            throw e;
        }
        holding.get().push(write);
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            Deque<Boolean> stack = holding.get();
            if (!stack.isEmpty() && stack.pop()) {
                writer.unlock();
            }
            if (stack.isEmpty()) {
                holding.remove();
            }
        }
    }

    /** Sets each transaction's SQLite begin mode on its connection before Hibernate begins it. */
    static final class Dialect extends HibernateJpaDialect {

        @Override
        public Object beginTransaction(EntityManager em, TransactionDefinition definition) throws SQLException {
            TransactionMode mode = definition.isReadOnly() ? TransactionMode.DEFERRED : TransactionMode.IMMEDIATE;
            em.unwrap(Session.class).doWork(con -> con.unwrap(SQLiteConnection.class).getConnectionConfig()
                    .setTransactionMode(mode));
            return super.beginTransaction(em, definition);
        }
    }
}
