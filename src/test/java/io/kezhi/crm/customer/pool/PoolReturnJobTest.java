package io.kezhi.crm.customer.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly job runs on one node of a cluster at a time: it takes the ShedLock row first. */
class PoolReturnJobTest extends CustomerApiTest {

    private static final String LOCK = "customer-pool-rules";

    @Autowired
    TestClock clock;

    @Autowired
    PoolReturnJob job;

    @AfterEach
    void resetClockAndLock() {
        clock.reset();
        holdLock(LocalDateTime.of(2000, 1, 1, 0, 0));
    }

    /** As another node would: the lock row for the job, held until the given UTC time. */
    private void holdLock(LocalDateTime until) {
        int updated = fixtures.jdbc().sql("UPDATE shedlock SET lock_until = :until, locked_by = 'other-node'"
                + " WHERE name = :name").param("until", until).param("name", LOCK).update();
        if (updated == 0) {
            fixtures.jdbc().sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                    + " VALUES (:name, :until, :at, 'other-node')").param("name", LOCK).param("until", until)
                    .param("at", LocalDateTime.of(2000, 1, 1, 0, 0)).update();
        }
    }

    @Test
    void whileAnotherNodeHoldsTheLockTheJobDoesNothing() throws Exception {
        Sales s = sales();
        Map<String, Object> body = poolBody("分公司公海", s.branch());
        body.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 10)));
        long pool = post(s.admin(), "/api/v1/customer-pools", body).expect(201).id();
        long id = customer(s.rep1(), "久未跟进的客户");
        clock.advance(Duration.ofDays(11));

        holdLock(LocalDateTime.of(2100, 1, 1, 0, 0));
        job.run();
        assertThat(placement(id)).isEqualTo(new Placement(s.rep1().userId(), null, false));

        holdLock(LocalDateTime.of(2000, 1, 1, 0, 0));
        job.run();
        assertThat(placement(id)).isEqualTo(new Placement(null, pool, false));
        assertThat(fixtures.jdbc().sql("SELECT locked_by FROM shedlock WHERE name = :name").param("name", LOCK)
                .query(String.class).single()).as("this node took the lock").isNotEqualTo("other-node");
    }
}
