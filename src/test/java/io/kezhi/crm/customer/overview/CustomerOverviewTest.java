package io.kezhi.crm.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The customer 360 view: real figures, labels in the caller's language, and a timeline paged without gaps. */
class CustomerOverviewTest extends CustomerApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void theFiguresAreRealCountsWithLabelsInTheCallersLanguage() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long other = customer(s.rep1(), "乙公司");
        contact(s.rep1(), customer, "张三");
        long leaving = contact(s.rep1(), customer, "李四");
        contact(s.rep1(), customer, "王五");
        contact(s.rep1(), other, "赵六");
        for (int i = 1; i <= 4; i++) {
            followUp(s.rep1(), customer, "第" + i + "次", NOW.minus(Duration.ofDays(i)));
        }
        long deletedFollowUp = followUp(s.rep1(), customer, "作废", NOW.minus(Duration.ofDays(5)));
        followUp(s.rep1(), other, "别家的", NOW.minus(Duration.ofDays(1)));
        delete(s.rep1(), "/api/v1/contacts/" + leaving,
                get(s.rep1(), "/api/v1/contacts/" + leaving).body().get("version").asLong()).expect(204);
        delete(s.rep1(), "/api/v1/follow-ups/" + deletedFollowUp,
                get(s.rep1(), "/api/v1/follow-ups/" + deletedFollowUp).body().get("version").asLong()).expect(204);

        JsonNode zh = get(s.rep1(), "/api/v1/customers/" + customer + "/overview").expect(200).body();
        assertThat(figure(zh, "contacts").get("value").asInt()).isEqualTo(2);
        assertThat(figure(zh, "contacts").get("label").asString()).isEqualTo("联系人");
        assertThat(figure(zh, "followUps").get("value").asInt()).isEqualTo(4);
        assertThat(zh.get("contacts").size()).isEqualTo(2);
        assertThat(zh.path("detail").path("customer").get("name").asString()).isEqualTo("甲公司");
        JsonNode en = send(s.rep1(), "en-US", MockMvcRequestBuilders.get("/api/v1/customers/" + customer
                + "/overview"), null).expect(200).body();
        assertThat(figure(en, "followUps").get("label").asString()).isEqualTo("Follow-ups");
        assertThat(figure(en, "contacts").get("label").asString()).isEqualTo("Contacts");
        assertThat(en.path("timeline").path("entries").toString()).contains("Customer created")
                .contains("Contact 张三 added");

        assertThat(get(s.rep3(), "/api/v1/customers/" + customer + "/overview").status()).isEqualTo(404);
        assertThat(get(s.rep3(), "/api/v1/customers/" + customer + "/timeline").status()).isEqualTo(404);
        assertThat(get(s.lead1(), "/api/v1/customers/" + customer + "/overview").status()).isEqualTo(200);
    }

    @Test
    void timelinePagesHaveNoDuplicatesOrGapsAcrossEqualTimestamps() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        List<Long> expected = new ArrayList<>();
        Instant shared = NOW.minus(Duration.ofDays(2));
        for (int i = 0; i < 3; i++) {
            expected.add(followUp(s.rep1(), customer, "独立" + i, NOW.minus(Duration.ofDays(3 + i))));
        }
        for (int i = 0; i < 4; i++) {
            expected.add(followUp(s.rep1(), customer, "同一时刻" + i, shared));
        }
        expected.add(followUp(s.rep1(), customer, "最新", NOW.minus(Duration.ofHours(1))));

        for (int size : new int[] {1, 2, 3, 5, 100}) {
            List<JsonNode> entries = walk(s.rep1(), customer, size);
            List<Long> followUps = new ArrayList<>();
            Instant previous = Instant.MAX;
            for (JsonNode entry : entries) {
                Instant at = Instant.parse(entry.get("at").asString());
                assertThat(at).as("newest first, page size " + size).isBeforeOrEqualTo(previous);
                previous = at;
                if (entry.get("kind").asString().equals("followUp")) {
                    followUps.add(entry.get("subjectId").asLong());
                }
            }
            assertThat(followUps).as("page size " + size).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(entries).as("follow-ups and the creation").hasSize(expected.size() + 1);
        }
    }

    /** Every entry of the timeline, following the cursor from page to page. */
    private List<JsonNode> walk(KezhiPrincipal as, long customer, int size) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String before = null;
        for (int pages = 0; pages < 50; pages++) {
            JsonNode page = get(as, "/api/v1/customers/" + customer + "/timeline?size=" + size
                    + (before == null ? "" : "&before=" + before)).expect(200).body();
            page.get("entries").forEach(all::add);
            JsonNode next = page.get("nextBefore");
            if (next == null || next.isNull()) {
                return all;
            }
            before = next.asString();
        }
        throw new AssertionError("the timeline does not end");
    }

    private static JsonNode figure(JsonNode overview, String key) {
        Map<String, JsonNode> figures = new HashMap<>();
        overview.get("figures").forEach(f -> figures.put(f.get("key").asString(), f));
        assertThat(figures).containsKey(key);
        return figures.get(key);
    }
}
