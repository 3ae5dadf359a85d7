package io.kezhi.crm.identity.login;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session reads and writes its tables in plain JDBC transactions. Under the application's
 * JPA transaction manager, loading a session would open an entity manager, which asks for the
 * current company, which reads the security context, which loads the session again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean("springSessionTransactionOperations")
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
