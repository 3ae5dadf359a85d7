package io.kezhi.crm.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.StatementCounter;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The JDBC session store's statements over real HTTP: reads without a transaction, writes inside one. */
class SessionStoreTransactionsTest extends CustomerApiTest {

    private static final Predicate<String> SESSION_READ = sql -> upper(sql).contains("FROM SPRING_SESSION ");
    private static final Predicate<String> SESSION_WRITE = sql -> upper(sql).matches(
            "\\s*(INSERT INTO|UPDATE|DELETE FROM) SPRING_SESSION.*");

    @Autowired
    private StatementCounter counter;

    private static String upper(String sql) {
        return sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Test
    void aRequestReadsItsSessionOutsideATransactionAndSignInWritesItInOne() throws Exception {
        Sales s = sales();
        BrowserSession browser = new BrowserSession(port, json);
        StatementCounter.Counted<BrowserSession.Reply> login = counter.countOnEveryThread(
                () -> browser.login(s.company().code(), s.rep1().username(), Fixtures.PASSWORD));
        assertThat(login.value().status()).isEqualTo(200);
        assertThat(login.statements()).as("the session saved at sign-in").anyMatch(SESSION_WRITE);
        assertThat(login.autoCommitted()).as("written in a transaction").noneMatch(SESSION_WRITE);

        StatementCounter.Counted<BrowserSession.Reply> me = counter.countOnEveryThread(
                () -> browser.get("/api/v1/auth/me"));
        assertThat(me.value().status()).isEqualTo(200);
        assertThat(me.statements()).filteredOn(SESSION_READ).hasSize(1);
        assertThat(me.autoCommitted()).as("read without a transaction").filteredOn(SESSION_READ).hasSize(1);
    }
}
