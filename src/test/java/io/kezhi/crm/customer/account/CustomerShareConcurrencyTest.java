package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two people changing one customer's shares at the same moment: each change rewrites the customer's copy
 * of its grantees from the shares (ShareGrantees), which lists find shared customers by. Unserialised,
 * each transaction read the shares without the other's uncommitted change, and the later writer left a
 * copy that missed a share or still held a revoked one. Every round both share at once, then both take
 * their share back at once, and the copy is checked after each step.
 */
class CustomerShareConcurrencyTest extends CustomerApiTest {

    private static final int ROUNDS = 12;

    @Test
    void sharesChangedAtTheSameTimeLeaveTheCopyInStep() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "同时共享的客户");
        String both = "d" + s.team2() + " u" + s.rep3().userId();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> shares = atOnce(threads,
                        () -> shareCustomer(s.rep1(), id, "USER", s.rep3().userId(), "READ"),
                        () -> shareCustomer(s.rep1(), id, "DEPARTMENT", s.team2(), "READ"));
                assertThat(shareGrantees(id)).as("round %d, both shared", round).contains(both);
                atOnce(threads, () -> unshare(s, id, shares.get(0)), () -> unshare(s, id, shares.get(1)));
                assertThat(shareGrantees(id)).as("round %d, both taken back", round).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(listedIds(s.rep3())).isEmpty();
    }

    /** Runs both at the same moment on two threads; a deadlock's victim or an error fails the test here. */
    private static List<Long> atOnce(ExecutorService threads, Callable<Long> a, Callable<Long> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Long>> done = new ArrayList<>();
        for (Callable<Long> call : List.of(a, b)) {
            done.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> f : done) {
            results.add(f.get(1, TimeUnit.MINUTES));
        }
        return results;
    }

    private long unshare(Sales s, long id, long share) throws Exception {
        delete(s.rep1(), "/api/v1/shares/customer/" + id + "/" + share).expect(204);
        return share;
    }

    private Optional<String> shareGrantees(long id) {
        return fixtures.jdbc().sql("SELECT share_grantees FROM customer WHERE id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }
}
