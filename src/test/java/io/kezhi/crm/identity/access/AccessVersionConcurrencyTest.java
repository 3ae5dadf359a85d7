package io.kezhi.crm.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Changes that move a company's access version may run at the same time: two administrators adding
 * users, the generator of the benchmark creating its organisation on two threads. On MariaDB each new
 * row's foreign key to {@code company} takes a shared lock on the company's row; the version kept on
 * that row made the two transactions' version moves wait on each other's shared lock (a deadlock, HTTP
 * 500 for one of them). The version lives in a row of its own ({@code access_version}), which no
 * foreign key locks.
 */
class AccessVersionConcurrencyTest extends ApiTest {

    private static final int THREADS = 2;
    private static final int USERS_EACH = 12;

    @Test
    void usersAddedAtTheSameTimeAllSucceedAndEachMovesTheVersion() throws Exception {
        TestCompany company = fixtures.company();
        long department = company.department("销售部", company.rootDepartment());
        long role = company.role("销售", List.of());
        long before = company.accessVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < USERS_EACH; i++) {
                        company.user("u" + thread + "x" + i, department, null, role);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES); // a deadlock's victim fails here
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(company.accessVersion()).as("each user's transaction moved the version once")
                .isEqualTo(before + THREADS * USERS_EACH);
    }
}
