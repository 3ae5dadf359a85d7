package io.kezhi.crm.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows inserted in bulk arrive whole, however many pieces their text is sent in (PostgreSQL's
 * {@code COPY} streams it; elsewhere multi-row inserts), and a row that cannot be written part way
 * through leaves nothing written and the connection fit for the next transaction.
 */
class TenantJdbcInsertRowsTest extends ApiTest {

    private static final List<String> COLUMNS = List.of("id", "user_id", "kind", "message_key", "message_args",
            "subject_type", "subject_id", "created_at");
    /** Enough rows for their text to be sent in many pieces. */
    private static final int ROWS = 2_000;

    @Autowired
    private TenantJdbc jdbc;

    @Autowired
    private EntityIds ids;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void everyRowArrivesWithItsValuesWhateverTheirCharacters() {
        TestCompany company = fixtures.company();
        Instant at = Instant.parse("2026-12-07T08:30:15.123456Z");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Object[]> rows = TenantContext.callAs(company.id(), () -> transaction.execute(s -> {
            List<Object[]> written = rows(company, at);
            jdbc.insertRows("notification", COLUMNS, written);
            return written;
        }));

        List<Map<String, Object>> read = TenantContext.callAs(company.id(), () -> jdbc.sql("SELECT id, message_args,"
                + " subject_type, subject_id FROM notification WHERE tenant_id = :tenantId ORDER BY id")
                .query().listOfRows());
        assertThat(read).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Object[] row = rows.get(i);
            Map<String, Object> stored = read.get(i);
            assertThat(((Number) stored.get("id")).longValue()).isEqualTo(row[0]);
            assertThat(stored.get("message_args")).as("row %d", i).isEqualTo(row[4]);
            assertThat(stored.get("subject_type")).as("row %d", i).isEqualTo(row[5]);
            assertThat(stored.get("subject_id") == null ? null : ((Number) stored.get("subject_id")).longValue())
                    .as("row %d", i).isEqualTo(row[6]);
        }
        Instant stored = TenantContext.callAs(company.id(), () -> jdbc.sql("SELECT created_at FROM notification"
                + " WHERE tenant_id = :tenantId AND id = :id", Map.of("id", rows.get(ROWS - 1)[0]))
                .query((rs, n) -> jdbc.instant(rs, 1)).single());
        assertThat(stored).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a connection left in a COPY hangs
    void aRowThatCannotBeWrittenLeavesNothingAndTheConnectionWorks() {
        TestCompany company = fixtures.company();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Instant at = Instant.now();
        assertThatThrownBy(() -> TenantContext.runAs(company.id(), () -> transaction.executeWithoutResult(s -> {
            List<Object[]> rows = rows(company, at);
            rows.get(ROWS - 10)[4] = new Object() {
                @Override
                public String toString() {
                    throw new IllegalStateException("this value has no text");
                }
            };
            jdbc.insertRows("notification", COLUMNS, rows);
        }))).isInstanceOf(RuntimeException.class); // PostgreSQL: ours, from the text; MariaDB: its driver's

        for (int i = 0; i < 3; i++) { // the connection given back first, and others
            int count = TenantContext.callAs(company.id(), () -> transaction.execute(s -> {
                jdbc.insertRows("notification", COLUMNS, rows(company, at).subList(0, 1));
                return jdbc.sql("SELECT COUNT(*) FROM notification WHERE tenant_id = :tenantId").query(Integer.class)
                        .single();
            }));
            assertThat(count).as("nothing of the failed insert, one row per later transaction").isEqualTo(i + 1);
        }
    }

    /**
     * Rows (ids from the shared sequence) with tabs, line breaks, backslashes, Chinese and characters
     * outside the BMP, and nulls.
     */
    private List<Object[]> rows(TestCompany company, Instant at) {
        long[] newIds = ids.next(Customer.class, ROWS);
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String args = switch (i % 5) {
                case 0 -> "[\"张三\\t李四\", \"第" + i + "行\"]";
                case 1 -> "line one\nline two\r\n\ttabbed \\N not null";
                case 2 -> "emoji 😀 and 𠮷 at " + i;
                case 3 -> null;
                default -> "客户名称".repeat(1 + i % 7);
            };
            rows.add(new Object[] {newIds[i], company.admin().userId(), "TEST", "test.message", args,
                i % 3 == 0 ? null : "customer", i % 3 == 0 ? null : (long) i, at});
        }
        return rows;
    }
}
