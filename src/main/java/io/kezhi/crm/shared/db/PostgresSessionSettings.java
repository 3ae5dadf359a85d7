package io.kezhi.crm.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Settings of every PostgreSQL connection of the application's pool. Parallel query is off: Kezhi's
 * queries answer one user each and read a page; parallel workers only make the planner believe an
 * ordered scan that tests many rows is cheap (measured on the benchmark data: a two-character name
 * search 400 ms with workers, 20 ms without) and take cores from the other requests. JIT compilation
 * is off too: it starts for any statement the planner prices above {@code jit_above_cost}, which a
 * list over a large scope is, and compiling took 70–180 ms of such a list's 5–400 ms (benchmark data)
 * to save less than it cost. Reports that would gain from either can still ask for it in their own
 * transaction ({@code SET LOCAL}).
 */
final class PostgresSessionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "SELECT set_config('max_parallel_workers_per_gather', '0', false),"
            + " set_config('jit', 'off', false)";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
