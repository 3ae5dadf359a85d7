package io.kezhi.crm.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application executes on the current thread while a test asks for
 * it ({@link #count}), whatever issues them: Hibernate, JdbcClient, Spring Session. MockMvc handles
 * a request on the test's thread, so a count around {@code mvc.perform} is the request's statements.
 * The data source is wrapped for the whole suite; outside {@link #count} the wrapper only forwards.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    /** Work whose statements are counted. */
    public interface Work<T> {
        T run() throws Exception;
    }

    /** What the work returned and the statements it executed, in order (SQL text). */
    public record Counted<T>(T value, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Statements of every thread, while {@link #countOnEveryThread} runs (one such count at a time). */
    private static volatile List<String> everyThread;

    public <T> Counted<T> count(Work<T> work) throws Exception {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T value = work.run();
            return new Counted<>(value, List.copyOf(statements));
        } finally {
            RECORDING.remove();
        }
    }

    /**
     * As {@link #count}, with the statements every thread executed meanwhile: the server's threads
     * answering a request sent over real HTTP (and any background work that ran at the same time).
     */
    public synchronized <T> Counted<T> countOnEveryThread(Work<T> work) throws Exception {
        List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        everyThread = statements;
        try {
            T value = work.run();
            return new Counted<>(value, List.copyOf(statements));
        } finally {
            everyThread = null;
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        return bean;
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) proxy(Connection.class, target, (method, args, result) -> {
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return statement(statement, sql);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, String preparedSql) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (method, args, result) -> result, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                List<String> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(sql == null ? "?" : sql);
                }
                List<String> everywhere = everyThread;
                if (everywhere != null) {
                    everywhere.add(sql == null ? "?" : sql);
                }
            }
        });
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws SQLException;
    }

    private interface BeforeCall {
        void accept(Method method, Object[] args);
    }

    private static Object proxy(Class<?> type, Object target, AfterCall after) {
        return proxy(type, target, after, (method, args) -> {
        });
    }

    private static Object proxy(Class<?> type, Object target, AfterCall after, BeforeCall before) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            before.accept(method, args);
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
