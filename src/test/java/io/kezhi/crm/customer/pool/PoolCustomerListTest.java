package io.kezhi.crm.customer.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A pool's customer list shows when each customer entered the pool (returned, or created straight
 * into it) and who owned it before, newest entries first, and sorts by that time.
 */
class PoolCustomerListTest extends CustomerApiTest {

    @Test
    void thePoolListShowsWhenEachCustomerEnteredThePoolAndItsPreviousOwner() throws Exception {
        Sales s = sales();
        long pool = post(s.admin(), "/api/v1/customer-pools", poolBody("分公司公海", s.branch())).expect(201).id();

        long returned = customer(s.rep1(), "退回的客户");
        clock.advance(Duration.ofDays(-5));
        Instant returnedAt = clock.instant();
        post(s.rep1(), "/api/v1/customers/batch/return", Map.of("ids", List.of(returned), "reason", "暂无需求"))
                .expect(200);
        clock.reset();

        clock.advance(Duration.ofDays(-2));
        Instant createdAt = clock.instant();
        Map<String, Object> body = customerBody("直接进公海的客户");
        body.put("toPool", true);
        long created = customer(s.rep2(), body);
        clock.reset();

        long recent = customer(s.rep3(), "刚退回的客户");
        post(s.rep3(), "/api/v1/customers/batch/return", Map.of("ids", List.of(recent), "reason", "无预算"))
                .expect(200);

        JsonNode items = poolCustomers(s.rep2(), pool, "");
        assertThat(ids(items)).as("newest entry first").containsExactly(recent, created, returned);
        JsonNode first = items.get(2);
        assertThat(Duration.between(returnedAt, Instant.parse(first.get("enteredPoolAt").asString())).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(first.get("previousOwnerId").asLong()).isEqualTo(s.rep1().userId());
        assertThat(first.get("previousOwnerName").asString()).isEqualTo("用户rep1");
        JsonNode straight = items.get(1);
        assertThat(Duration.between(Instant.parse(straight.get("createdAt").asString()),
                Instant.parse(straight.get("enteredPoolAt").asString())).abs()).as("its creation")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(createdAt, Instant.parse(straight.get("enteredPoolAt").asString())).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(straight.get("previousOwnerId").isNull()).isTrue();
        assertThat(items.get(0).get("previousOwnerName").asString()).isEqualTo("用户rep3");

        assertThat(ids(poolCustomers(s.rep2(), pool, "sort=enteredPoolAt,asc")))
                .containsExactly(returned, created, recent);
        assertThat(ids(poolCustomers(s.rep2(), pool, "sort=enteredPoolAt,desc")))
                .containsExactly(recent, created, returned);

        long owned = customer(s.rep1(), "自己的客户");
        JsonNode mine = customerOf(s.rep1(), owned).body().path("customer");
        assertThat(mine.get("enteredPoolAt").isNull()).as("only while in a pool").isTrue();
        post(s.rep2(), "/api/v1/customers/batch/claim", Map.of("ids", List.of(returned))).expect(200);
        JsonNode claimed = customerOf(s.rep2(), returned).body().path("customer");
        assertThat(claimed.get("enteredPoolAt").isNull()).isTrue();
        assertThat(claimed.get("previousOwnerId").asLong()).isEqualTo(s.rep1().userId());
    }

    private JsonNode poolCustomers(KezhiPrincipal as, long pool, String parameters) throws Exception {
        return get(as, "/api/v1/customer-pools/" + pool + "/customers?size=100" + (parameters.isEmpty() ? ""
                : "&" + parameters)).expect(200).body().path("items");
    }
}
