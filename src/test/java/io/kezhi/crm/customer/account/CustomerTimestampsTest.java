package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Creation, update and deletion stamps come from the application clock, so moving the clock makes
 * "not updated for N days" data through the API alone.
 */
class CustomerTimestampsTest extends CustomerApiTest {

    @Test
    void createdAndUpdatedAreStampedByTheApplicationClock() throws Exception {
        Sales s = sales();
        clock.advance(Duration.ofDays(-40));
        Instant created = clock.instant();
        long stale = customer(s.rep1(), "四十天前的客户");
        clock.reset();
        clock.advance(Duration.ofDays(-12));
        Instant edited = clock.instant();
        patch(s.rep1(), "/api/v1/customers/" + stale, Map.of("remark", "十二天前改过"), customerVersion(s.rep1(), stale))
                .expect(200);
        clock.reset();
        long fresh = customer(s.rep1(), "今天的客户");

        JsonNode view = customerOf(s.rep1(), stale).body().path("customer");
        assertThat(Duration.between(created, Instant.parse(view.get("createdAt").asString())).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(edited, Instant.parse(view.get("updatedAt").asString())).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(listedIds(s.rep1(), "staleDays=10")).containsExactly(stale);
        assertThat(listedIds(s.rep1(), "staleDays=20")).isEmpty();
        assertThat(listedIds(s.rep1(), "createdTo=" + Instant.now().minus(Duration.ofDays(30))))
                .containsExactly(stale);

        clock.advance(Duration.ofDays(15));
        assertThat(listedIds(s.rep1(), "staleDays=10")).as("fifteen days later on the same clock")
                .containsExactlyInAnyOrder(stale, fresh);
    }

    @Test
    void deletionIsStampedByTheApplicationClock() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "要删除的客户");
        clock.advance(Duration.ofDays(-3));
        Instant deleted = clock.instant();
        delete(s.rep1(), "/api/v1/customers/" + id, customerVersion(s.rep1(), id)).expect(204);
        clock.reset();

        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM customer WHERE id = :id AND deleted_at BETWEEN :from"
                + " AND :to").param("id", id).param("from", fixtures.at(deleted.minus(Duration.ofMinutes(1))))
                .param("to", fixtures.at(deleted.plus(Duration.ofMinutes(1)))).query(Long.class).single())
                .as("deleted three days ago on the application clock").isEqualTo(1);
    }
}
