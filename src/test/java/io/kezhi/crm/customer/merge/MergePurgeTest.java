package io.kezhi.crm.customer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Merged-away customers wait in the recycle bin for the company's retention period: the bin refuses
 * to restore them (only undoing the merge does, which takes them out of the bin), and afterwards they
 * are purged like any deleted record, after which the merge can no longer be undone.
 */
class MergePurgeTest extends MergeScenario {

    @Autowired
    ApplicationContext context;

    @Test
    void aMergedCustomerWaitsInTheRecycleBinAndOnlyUndoingTheMergeBringsItBack() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);

        JsonNode entry = binEntry(s.admin(), d.duplicate());
        assertThat(entry).as("the merged customer is in the recycle bin").isNotNull();
        assertThat(entry.get("title").asString()).isEqualTo("华为技术有限公司");
        assertThat(entry.get("deletedBy").asLong()).isEqualTo(s.rep1().userId());
        int retention = fixtures.jdbc().sql("SELECT recycle_retention_days FROM company WHERE id = :t")
                .param("t", s.company().id()).query(Integer.class).single();
        assertThat(Duration.between(Instant.parse(entry.get("deletedAt").asString()),
                Instant.parse(entry.get("purgeAfter").asString()))).isEqualTo(Duration.ofDays(retention));

        Response refused = post(s.admin(), "/api/v1/recycle-bin/" + entry.get("id").asLong() + "/restore", Map.of())
                .expect(409);
        assertThat(refused.body().get("detail").asString()).isEqualTo("该客户已合并到其他客户，只能通过撤销合并恢复。");
        assertThat(placement(d.duplicate()).deleted()).isTrue();
        assertThat(listed(s.rep1())).containsExactly(d.survivor());

        post(s.rep1(), "/api/v1/customer-merges/" + mergeId(s, d.survivor()) + "/undo", Map.of()).expect(200);
        assertThat(binEntry(s.admin(), d.duplicate())).as("undoing takes it out of the bin, so it is never purged").isNull();
        assertThat(entries(d.duplicate())).isZero();
        assertThat(listed(s.rep1())).containsExactlyInAnyOrder(d.survivor(), d.duplicate());
    }

    @Test
    void afterTheRetentionTheMergedCustomerIsPurgedAndTheMergeCanNoLongerBeUndone() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of("name", d.duplicate())).expect(200);
        List<String> contacts = contacts(s.rep1(), d.survivor());
        List<Long> files = files(s.rep1(), d.survivor());

        fixtures.jdbc().sql("UPDATE recycle_entry SET purge_after = :past WHERE subject_type = 'customer'"
                + " AND subject_id = :id").param("past", fixtures.at(Instant.now().minusSeconds(60)))
                .param("id", d.duplicate()).update();
        Object job = context.getBean("recycleBinPurgeJob");
        Method purgeAll = job.getClass().getDeclaredMethod("purgeAll", Instant.class);
        purgeAll.setAccessible(true);
        assertThat((int) purgeAll.invoke(job, Instant.now())).isGreaterThanOrEqualTo(1);

        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM customer WHERE id = :id").param("id", d.duplicate())
                .query(Long.class).single()).as("purged").isZero();
        assertThat(entries(d.duplicate())).isZero();
        assertThat(contacts(s.rep1(), d.survivor())).as("what moved to the survivor stays").isEqualTo(contacts);
        assertThat(files(s.rep1(), d.survivor())).isEqualTo(files);
        assertThat(followUpRows(d.survivor())).contains(d.duplicateFollowUp(), d.deletedFollowUp());

        Response refused = post(s.rep1(), "/api/v1/customer-merges/" + mergeId(s, d.survivor()) + "/undo", Map.of())
                .expect(409);
        assertThat(refused.body().get("detail").asString()).isEqualTo("被合并的客户已被彻底删除，无法撤销合并。");
        assertThat(customerOf(s.rep1(), d.survivor()).body().path("customer").get("name").asString())
                .as("the survivor is left as it was").isEqualTo("华为技术有限公司");
        assertThat(contacts(s.rep1(), d.survivor())).isEqualTo(contacts);
    }

    /** The customer's recycle-bin entry as the user lists it, or null. */
    private JsonNode binEntry(io.kezhi.crm.identity.login.KezhiPrincipal as, long customerId) throws Exception {
        JsonNode items = get(as, "/api/v1/recycle-bin?type=customer&size=100").expect(200).body()
                .path("items");
        for (JsonNode item : items) {
            if (item.get("subjectId").asLong() == customerId) {
                return item;
            }
        }
        return null;
    }

    private long entries(long customerId) {
        return fixtures.jdbc().sql("SELECT COUNT(*) FROM recycle_entry WHERE subject_type = 'customer'"
                + " AND subject_id = :id").param("id", customerId).query(Long.class).single();
    }

    private long mergeId(Sales s, long survivor) throws Exception {
        return get(s.rep1(), "/api/v1/customers/" + survivor + "/merges").expect(200).body().get(0).get("id").asLong();
    }
}
