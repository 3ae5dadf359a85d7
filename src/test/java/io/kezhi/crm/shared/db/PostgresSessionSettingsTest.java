package io.kezhi.crm.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kezhi.crm.testsupport.ApiTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every PostgreSQL connection of the application's pool plans without parallel workers and JIT. */
class PostgresSessionSettingsTest extends ApiTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private SqlVendor vendor;

    @Test
    void parallelQueryAndJitAreOffOnEveryConnection() throws Exception {
        assumeTrue(vendor == SqlVendor.POSTGRESQL, "PostgreSQL settings");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT current_setting('max_parallel_workers_per_gather'),"
                                + " current_setting('jit')")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("0");
                    assertThat(rs.getString(2)).isEqualTo("off");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(new JdbcTemplate(dataSource).queryForObject("SHOW jit", String.class)).isEqualTo("off");
    }
}
