package io.kezhi.crm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A page of a list, longer than the servlet container's own buffer, over real HTTP with the real session store. */
class ResponseBufferFilterTest extends CustomerApiTest {

    @Autowired
    private BulkCustomers bulkCustomers;

    @Autowired
    private StatementCounter counter;

    @Test
    void aListPageLongerThanTheContainersBufferReadsTheSessionOnce() throws Exception {
        Sales s = sales();
        bulkCustomers.insert(s.company(), s.rep1().userId(), 20, n -> "长列表客户" + n, n -> null);
        BrowserSession browser = new BrowserSession(port, json);
        assertThat(browser.login(s.company().code(), s.rep1().username(), Fixtures.PASSWORD).status()).isEqualTo(200);

        StatementCounter.Counted<BrowserSession.Reply> page = counter.countOnEveryThread(
                () -> browser.get("/api/v1/customers?size=20&total=true"));

        assertThat(page.value().status()).isEqualTo(200);
        assertThat(page.value().raw().body().getBytes(StandardCharsets.UTF_8).length)
                .as("longer than the container's 8 KB buffer").isGreaterThan(8 * 1024);
        assertThat(page.statements()).as("the session row read")
                .filteredOn(sql -> sql.toUpperCase(Locale.ROOT).contains("FROM SPRING_SESSION ")).hasSize(1);
    }
}
