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
import java.util.Collections;
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

    /**
     * What the work returned and the statements it executed, in order (SQL text); {@code autoCommitted}
     * those of them that ran on a connection in auto-commit, outside any transaction.
     */
    public record Counted<T>(T value, List<String> statements, List<String> autoCommitted) {
        public int count() {
            return statements.size();
        }
    }

    /** The statements of a count as they execute. */
    private record Recording(List<String> statements, List<String> autoCommitted) {

        static Recording on(boolean everyThread) {
            return everyThread ? new Recording(Collections.synchronizedList(new ArrayList<>()),
                    Collections.synchronizedList(new ArrayList<>())) : new Recording(new ArrayList<>(), new ArrayList<>());
        }

        void add(String sql, boolean autoCommit) {
            statements.add(sql);
            if (autoCommit) {
                autoCommitted.add(sql);
            }
        }

        <T> Counted<T> counted(T value) {
            return new Counted<>(value, List.copyOf(statements), List.copyOf(autoCommitted));
        }
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

    /** Statements of every thread, while {@link #countOnEveryThread} runs (one such count at a time). */
    private static volatile Recording everyThread;

    public <T> Counted<T> count(Work<T> work) throws Exception {
        Recording recording = Recording.on(false);
        RECORDING.set(recording);
        try {
            return recording.counted(work.run());
        } finally {
            RECORDING.remove();
        }
    }

    /**
     * As {@link #count}, with the statements every thread executed meanwhile: the server's threads
     * answering a request sent over real HTTP (and any background work that ran at the same time).
     */
    public synchronized <T> Counted<T> countOnEveryThread(Work<T> work) throws Exception {
        Recording recording = Recording.on(true);
        everyThread = recording;
        try {
            return recording.counted(work.run());
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
                return statement(statement, sql, target);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, String preparedSql, Connection connection) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (method, args, result) -> result, (method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                Recording recording = RECORDING.get();
                Recording everywhere = everyThread;
                if (recording != null || everywhere != null) {
                    boolean autoCommit = autoCommit(connection);
                    if (recording != null) {
                        recording.add(sql == null ? "?" : sql, autoCommit);
                    }
                    if (everywhere != null) {
                        everywhere.add(sql == null ? "?" : sql, autoCommit);
                    }
                }
            }
        });
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether the connection is in a transaction", e);
        }
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
