package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Batch delete and batch tag act on the customers the caller may change and report the others. */
class CustomerBatchTest extends CustomerApiTest {

    private static final long MISSING = 987_654_321L;

    @Test
    void batchDeleteDeletesWhatIsInScopeAndReportsTheRest() throws Exception {
        Sales s = sales();
        long a = customer(s.rep1(), "甲公司");
        long b = customer(s.rep1(), "乙公司");
        long theirs = customer(s.rep3(), "丙公司");
        long outsiders = customer(s.outsider(), "丁公司");
        long theirVersion = customerVersion(s.rep3(), theirs);

        JsonNode outcome = post(s.rep1(), "/api/v1/customers/batch/delete",
                Map.of("ids", List.of(a, theirs, b, outsiders, MISSING, a))).expect(200).body();

        assertThat(longs(outcome.get("done"))).containsExactlyInAnyOrder(a, b);
        assertThat(longs(outcome.get("refused"))).containsExactlyInAnyOrder(theirs, outsiders, MISSING);
        assertThat(listedIds(s.rep1())).isEmpty();
        assertThat(customerVersion(s.rep3(), theirs)).isEqualTo(theirVersion);
        assertThat(listedIds(s.outsider())).containsExactly(outsiders);
        assertThat(listedIds(s.auditor())).containsExactlyInAnyOrder(theirs, outsiders);
    }

    @Test
    void aDirectSuperiorMayTagButNotDeleteInBatch() throws Exception {
        Sales s = sales();
        long rep1s = customer(s.rep1(), "甲公司");
        long rep2s = customer(s.rep2(), "乙公司");
        long rep3s = customer(s.rep3(), "丙公司");

        JsonNode tagged = post(s.lead1(), "/api/v1/customers/batch/tag",
                Map.of("ids", List.of(rep1s, rep2s, rep3s), "add", List.of("重点", "华东"))).expect(200).body();
        assertThat(longs(tagged.get("done"))).containsExactlyInAnyOrder(rep1s, rep2s);
        assertThat(longs(tagged.get("refused"))).containsExactly(rep3s);
        assertThat(tagsOf(s.rep1(), rep1s)).containsExactlyInAnyOrder("华东", "重点");
        assertThat(tagsOf(s.rep2(), rep2s)).containsExactlyInAnyOrder("华东", "重点");
        assertThat(tagsOf(s.rep3(), rep3s)).isEmpty();

        JsonNode deleted = post(s.lead1(), "/api/v1/customers/batch/delete", Map.of("ids", List.of(rep1s, rep2s)))
                .expect(200).body();
        assertThat(deleted.get("done").size()).isZero();
        assertThat(longs(deleted.get("refused"))).containsExactlyInAnyOrder(rep1s, rep2s);
        assertThat(listedIds(s.lead1())).containsExactlyInAnyOrder(rep1s, rep2s);
    }

    @Test
    void batchTagAddsAndRemovesAndLeavesOtherTags() throws Exception {
        Sales s = sales();
        long a = taggedCustomer(s.rep1(), "甲公司", List.of("旧客户", "华南"));
        long b = customer(s.rep1(), "乙公司");

        post(s.rep1(), "/api/v1/customers/batch/tag",
                Map.of("ids", List.of(a, b), "add", List.of("重点"), "remove", List.of("旧客户"))).expect(200);

        assertThat(tagsOf(s.rep1(), a)).containsExactlyInAnyOrder("华南", "重点");
        assertThat(tagsOf(s.rep1(), b)).containsExactly("重点");
        assertThat(listedIds(s.rep1(), "tag=重点")).containsExactlyInAnyOrder(a, b);
        assertThat(listedIds(s.rep1(), "tag=旧客户")).isEmpty();
    }

    @Test
    void aBatchThatWouldExceedTheTagLimitChangesNothing() throws Exception {
        Sales s = sales();
        long plain = customer(s.rep1(), "甲公司");
        List<String> twenty = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add("标签" + i);
        }
        long full = taggedCustomer(s.rep1(), "乙公司", twenty);
        long plainVersion = customerVersion(s.rep1(), plain);

        Response refused = post(s.rep1(), "/api/v1/customers/batch/tag",
                Map.of("ids", List.of(plain, full), "add", List.of("第二十一")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("add");
        assertThat(tagsOf(s.rep1(), plain)).isEmpty();
        assertThat(customerVersion(s.rep1(), plain)).isEqualTo(plainVersion);
        assertThat(tagsOf(s.rep1(), full)).hasSize(20).doesNotContain("第二十一");

        Response nothing = post(s.rep1(), "/api/v1/customers/batch/tag", Map.of("ids", List.of(plain), "add",
                List.of(" ")));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.errorFields()).containsExactly("add");
        assertThat(post(s.rep1(), "/api/v1/customers/batch/delete", Map.of("ids", List.of())).status())
                .isEqualTo(400);
    }

    private List<String> tagsOf(KezhiPrincipal as, long id) throws Exception {
        List<String> tags = new ArrayList<>();
        customerOf(as, id).body().path("customer").get("tags").forEach(t -> tags.add(t.asString()));
        return tags;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asLong()));
        return values;
    }
}
