package io.kpiops.platform.db;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

/** The JPA transaction manager, with SQLite's writers queued in the JVM (see {@link SqliteTransactionManager}). */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory emf, JdbcValues values,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager manager = values.vendor() == DbVendor.SQLITE ? new SqliteTransactionManager()
                : new JpaTransactionManager();
        manager.setEntityManagerFactory(emf);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
