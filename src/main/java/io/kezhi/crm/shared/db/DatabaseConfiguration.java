package io.kezhi.crm.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final String EMBEDDED_DATABASE = "kezhi";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${kezhi.database.url:}'.isBlank()")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) {
        DatabaseProperties.Embedded embedded = properties.embedded();
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(
                embedded.dataDir().toAbsolutePath(), embedded.binariesDir().toAbsolutePath(),
                embedded.clean(), embedded.port());
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean
    @ConditionalOnExpression("'${kezhi.database.url:}'.isBlank()")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", EMBEDDED_DATABASE))
                .username("postgres")
                .build();
    }

    /**
     * The application's transaction template, declared here because the session store's own
     * {@code TransactionOperations} bean makes Spring Boot back off from creating it.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    static PostgresSessionSettings postgresSessionSettings() {
        return new PostgresSessionSettings();
    }

    @Bean
    SqlVendor sqlVendor(DataSource dataSource) {
        return SqlVendor.of(dataSource);
    }

    @Bean
    FlywayConfigurationCustomizer vendorPlaceholders(DataSource dataSource) {
        return configuration -> configuration.placeholders(SqlVendor.of(dataSource).placeholders());
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + EMBEDDED_DATABASE + "'");
            if (!rs.next()) {
                statement.execute("CREATE DATABASE " + EMBEDDED_DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }
}
