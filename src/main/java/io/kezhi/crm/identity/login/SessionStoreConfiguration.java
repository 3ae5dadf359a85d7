package io.kezhi.crm.identity.login;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session reads and writes its tables in plain JDBC transactions. Under the application's
 * JPA transaction manager, loading a session would open an entity manager, which asks for the
 * current company, which reads the security context, which loads the session again. Sessions are
 * used through {@link ThrottledSessionRepository}, so a read-only request writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * The session store the session filter and everyone else use: Spring Boot's JDBC store, wrapped
     * so that the last access is written once a minute (wrapped rather than replaced: Boot only
     * creates its store when no other exists).
     */
    @Bean
    static BeanPostProcessor throttledSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new ThrottledSessionRepository(store) : bean;
            }
        };
    }

    /** Plain JDBC transactions, but none for reading a session ({@link SessionReads}). */
    @Bean("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new SessionReads(new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
