package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Read-only and read-write shares open a customer (and its contacts and follow-ups) to others. */
class CustomerShareTest extends CustomerApiTest {

    @Test
    void aReadShareOpensTheCustomerForViewingOnly() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "共享客户");
        contact(s.rep1(), id, "张三");
        long version = customerVersion(s.rep1(), id);
        long shareId = share(s, id, "USER", s.rep3().userId(), "READ");

        assertThat(customerOf(s.rep3(), id).body().path("allowed").size()).isZero();
        assertThat(listedIds(s.rep3())).containsExactly(id);
        assertThat(listedIds(s.rep3(), "q=共享")).containsExactly(id);
        assertThat(get(s.rep3(), "/api/v1/customers/" + id + "/contacts").expect(200).body().path("items").size())
                .isEqualTo(1);
        assertThat(get(s.rep3(), "/api/v1/history/customer/" + id).status()).isEqualTo(200);
        assertThat(patch(s.rep3(), "/api/v1/customers/" + id, Map.of("name", "改"), version).status()).isEqualTo(404);
        assertThat(delete(s.rep3(), "/api/v1/customers/" + id, version).status()).isEqualTo(404);
        assertThat(post(s.rep3(), "/api/v1/customers/" + id + "/contacts", Map.of("name", "李四")).status())
                .isEqualTo(404);
        assertThat(post(s.rep3(), "/api/v1/customers/" + id + "/follow-ups", Map.of("followType", "call",
                "content", "越权跟进", "occurredAt", Instant.now().minusSeconds(60).toString())).status())
                .isEqualTo(404);
        assertThat(post(s.rep3(), "/api/v1/customers/batch/tag", Map.of("ids", List.of(id), "add", List.of("x")))
                .expect(200).body().path("refused").get(0).asLong()).isEqualTo(id);
        assertThat(customerVersion(s.rep1(), id)).isEqualTo(version);
        assertThat(get(s.rep1(), "/api/v1/customers/" + id + "/contacts").body().path("items").size()).isEqualTo(1);

        delete(s.rep1(), "/api/v1/shares/customer/" + id + "/" + shareId).expect(204);
        assertThat(get(s.rep3(), "/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(listedIds(s.rep3())).isEmpty();
    }

    @Test
    void aReadWriteShareAllowsChangesButNeverDeletion() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "共享客户");
        share(s, id, "USER", s.rep3().userId(), "READ_WRITE");

        patch(s.rep3(), "/api/v1/customers/" + id, Map.of("name", "共享客户（已改）"), customerVersion(s.rep3(), id))
                .expect(200);
        contact(s.rep3(), id, "李四");
        followUp(s.rep3(), id, "协作跟进", Instant.now().minusSeconds(60));
        assertThat(delete(s.rep3(), "/api/v1/customers/" + id, customerVersion(s.rep3(), id)).status())
                .isEqualTo(404);
        assertThat(post(s.rep3(), "/api/v1/customers/batch/delete", Map.of("ids", List.of(id))).expect(200).body()
                .path("done").size()).isZero();
        assertThat(post(s.rep3(), "/api/v1/shares/customer/" + id, Map.of("granteeType", "USER", "granteeId",
                s.outsider().userId(), "accessLevel", "READ")).status()).as("no re-sharing").isEqualTo(404);

        Response detail = customerOf(s.rep1(), id);
        assertThat(detail.body().path("customer").get("name").asString()).isEqualTo("共享客户（已改）");
        assertThat(detail.body().path("customer").get("contactCount").asLong()).isEqualTo(1);
        assertThat(get(s.outsider(), "/api/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDepartmentShareReachesEveryoneInTheDepartmentTree() throws Exception {
        Sales s = sales();
        long id = customer(s.outsider(), "办事处客户");
        share(s, id, "DEPARTMENT", s.branch(), "READ");

        assertThat(listedIds(s.rep1())).containsExactly(id);
        assertThat(listedIds(s.rep3())).containsExactly(id);
        assertThat(get(s.director(), "/api/v1/customers/" + id).status()).isEqualTo(200);
        var aboveTheBranch = s.company().user("rootrep", s.company().rootDepartment(), null, s.repRole());
        assertThat(get(aboveTheBranch, "/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(listedIds(aboveTheBranch)).isEmpty();
    }

    @Test
    void listTotalsCountEachRecordOnceWhicheverWaysReachIt() throws Exception {
        Sales s = sales();
        long ofRep = customer(s.rep1(), "代表的客户");
        long own = customer(s.director(), "总监的客户");
        long outside = customer(s.outsider(), "办事处客户");
        customer(s.outsider(), "看不到的客户");
        share(s, ofRep, "USER", s.director().userId(), "READ");
        share(s, outside, "USER", s.director().userId(), "READ");
        share(s, outside, "DEPARTMENT", s.branch(), "READ");
        for (long id : List.of(ofRep, own, outside)) {
            contact(s.admin(), id, "联系人");
            followUp(s.admin(), id, "跟进", Instant.now().minusSeconds(60));
        }

        // the director reaches the rep's customer as their superior, through the department tree and by a
        // share; the outsider's by two shares; their own as owner and through the tree
        for (String list : List.of("/api/v1/customers", "/api/v1/customers?q=客户", "/api/v1/customers?customerType=COMPANY",
                "/api/v1/contacts", "/api/v1/follow-ups")) {
            assertThat(total(s.director(), list)).as(list).isEqualTo(3);
        }
        assertThat(total(s.rep1(), "/api/v1/customers")).as("their own and the branch's share").isEqualTo(2);
        assertThat(total(s.rep3(), "/api/v1/follow-ups")).as("the branch's share").isEqualTo(1);
    }

    @Test
    void theContactsAndFollowUpsOfASharedCustomerLeaveWithItForTheRecycleBinAndComeBack() throws Exception {
        Sales s = sales();
        long shared = customer(s.rep1(), "共享后删除");
        long kept = customer(s.rep1(), "共享保留");
        share(s, shared, "USER", s.rep3().userId(), "READ");
        share(s, kept, "USER", s.rep3().userId(), "READ");
        for (long id : List.of(shared, kept)) {
            contact(s.rep1(), id, "联系人");
            followUp(s.rep1(), id, "跟进", Instant.now().minusSeconds(60));
        }
        List<String> lists = List.of("/api/v1/contacts", "/api/v1/follow-ups");
        for (String list : lists) {
            assertThat(total(s.rep3(), list)).as(list).isEqualTo(2);
        }

        delete(s.rep1(), "/api/v1/customers/" + shared, customerVersion(s.rep1(), shared)).expect(204);
        for (String list : lists) {
            assertThat(total(s.rep3(), list)).as(list + " after the customer was deleted").isEqualTo(1);
            assertThat(get(s.rep3(), list + "?size=20").expect(200).body().get("items")).as(list).hasSize(1);
        }

        long entry = get(s.admin(), "/api/v1/recycle-bin").expect(200).body().get("items").get(0).get("id").asLong();
        post(s.admin(), "/api/v1/recycle-bin/" + entry + "/restore", Map.of()).expect(204);
        for (String list : lists) {
            assertThat(total(s.rep3(), list)).as(list + " after the customer came back").isEqualTo(2);
        }
    }

    /** The list's total, counted (a page of one row: a page holding the last row would tell it without counting). */
    private long total(KezhiPrincipal as, String list) throws Exception {
        return get(as, list + (list.contains("?") ? "&" : "?") + "size=1&total=true").expect(200).body().get("total")
                .asLong();
    }

    @Test
    void theCustomerRowKeepsACopyOfItsGranteesInStepWithItsShares() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "共享客户");
        contact(s.rep1(), id, "共享前的联系人");
        followUp(s.rep1(), id, "共享前的跟进", Instant.now().minusSeconds(60));
        long toRep = share(s, id, "USER", s.rep3().userId(), "READ");
        assertThat(childCopies(id)).as("the contact and follow-up made before").containsOnly("u" + s.rep3().userId());
        share(s, id, "DEPARTMENT", s.branch(), "READ_WRITE");
        share(s, id, "DEPARTMENT", s.team2(), "READ");
        long first = Math.min(s.branch(), s.team2());
        long second = Math.max(s.branch(), s.team2());
        assertThat(shareGrantees(id)).as("departments, then users, each by id; the access level is not copied")
                .isEqualTo("d" + first + " d" + second + " u" + s.rep3().userId());
        contact(s.rep1(), id, "共享后的联系人");
        assertThat(childCopies(id)).as("the children, also one made after").hasSize(3)
                .containsOnly(shareGrantees(id));

        delete(s.rep1(), "/api/v1/shares/customer/" + id + "/" + toRep).expect(204);
        assertThat(shareGrantees(id)).isEqualTo("d" + first + " d" + second);
        assertThat(childCopies(id)).containsOnly("d" + first + " d" + second);
        for (var share : get(s.rep1(), "/api/v1/shares/customer/" + id).expect(200).body()) {
            delete(s.rep1(), "/api/v1/shares/customer/" + id + "/" + share.get("id").asLong()).expect(204);
        }
        assertThat(shareGrantees(id)).isNull();
        assertThat(childCopies(id)).hasSize(3).containsOnlyNulls();
    }

    private String shareGrantees(long customerId) {
        return fixtures.jdbc().sql("SELECT share_grantees FROM customer WHERE id = :id").param("id", customerId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private long share(Sales s, long customerId, String granteeType, long granteeId, String level) throws Exception {
        var owner = fixtures.jdbc().sql("SELECT owner_id FROM customer WHERE id = :id").param("id", customerId)
                .query(Long.class).single();
        var as = owner == s.rep1().userId() ? s.rep1() : owner == s.outsider().userId() ? s.outsider() : s.admin();
        return shareCustomer(as, customerId, granteeType, granteeId, level);
    }

    @Test
    void aUserWithMoreSharedCustomersThanAreListedStillSeesExactlyThem() throws Exception {
        Sales s = sales();
        long shared = customer(s.rep1(), "共享客户");
        long notShared = customer(s.rep1(), "未共享客户");
        share(s, shared, "USER", s.rep3().userId(), "READ");
        for (int i = 0; i < 1000; i++) {
            fixtures.jdbc().sql("INSERT INTO record_share (id, tenant_id, subject_type, subject_id, grantee_type,"
                    + " grantee_id, access_level, created_at) VALUES (:id, :t, 'customer', :s, 'USER', :g, 'READ', :at)")
                    .param("id", 900_000_000L + s.company().id() * 2000 + i).param("t", s.company().id())
                    .param("s", 800_000_000L + i).param("g", s.rep3().userId())
                    .param("at", fixtures.at(java.time.Instant.now())).update();
        }

        assertThat(listedIds(s.rep3())).containsExactly(shared);
        assertThat(listedIds(s.rep3(), "q=共享")).containsExactly(shared);
        assertThat(customerOf(s.rep3(), shared).body().path("allowed").size()).isZero();
        assertThat(get(s.rep3(), "/api/v1/customers/" + notShared).status()).isEqualTo(404);
    }
}
