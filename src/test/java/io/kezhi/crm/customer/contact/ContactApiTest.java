package io.kezhi.crm.customer.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contacts: create, read, change, delete; one primary contact per customer; lists follow the customer scope. */
class ContactApiTest extends CustomerApiTest {

    @Test
    void contactsAreCreatedReadChangedAndDeleted() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "张三");
        body.put("title", "采购经理");
        body.put("mobile", "139 1234 5678");
        body.put("email", "Zhang@Jia.cn");
        body.put("birthday", "1985-06-01");
        body.put("decisionRole", "DECISION_MAKER");
        JsonNode created = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", body).expect(201).body();
        long id = created.get("id").asLong();
        assertThat(created.get("mobile").asString()).isEqualTo("+8613912345678");
        assertThat(created.get("email").asString()).isEqualTo("zhang@jia.cn");
        assertThat(created.get("customerName").asString()).isEqualTo("甲公司");

        JsonNode read = get(s.rep1(), "/api/v1/contacts/" + id).expect(200).body();
        assertThat(read.get("title").asString()).isEqualTo("采购经理");
        assertThat(read.get("birthday").asString()).isEqualTo("1985-06-01");
        patch(s.rep1(), "/api/v1/contacts/" + id, Map.of("title", "", "name", "张三丰"), read.get("version").asLong())
                .expect(200);
        JsonNode changed = get(s.rep1(), "/api/v1/contacts/" + id).body();
        assertThat(changed.get("name").asString()).isEqualTo("张三丰");
        assertThat(changed.has("title") && !changed.get("title").isNull()).as("cleared").isFalse();
        assertThat(changed.get("email").asString()).as("untouched").isEqualTo("zhang@jia.cn");
        assertThat(patch(s.rep1(), "/api/v1/contacts/" + id, Map.of("name", "过期"), read.get("version").asLong())
                .status()).isEqualTo(409);

        delete(s.rep1(), "/api/v1/contacts/" + id, changed.get("version").asLong()).expect(204);
        assertThat(get(s.rep1(), "/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(get(s.rep1(), "/api/v1/customers/" + customer + "/contacts").body().path("items").size()).isZero();
        assertThat(customerOf(s.rep1(), customer).body().path("customer").get("contactCount").asLong()).isZero();
    }

    @Test
    void badContactInputIsNamed() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        Response bad = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "张三", "mobile", "12345", "email", "nope", "birthday", "2999-01-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("email", "birthday");
        Response phone = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "张三", "mobile", "12345"));
        assertThat(phone.errorFields()).containsExactly("mobile");
        assertThat(post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", Map.of("name", "名".repeat(65)))
                .errorFields()).containsExactly("name");
        assertThat(get(s.rep1(), "/api/v1/customers/" + customer + "/contacts").body().path("items").size()).isZero();
    }

    @Test
    void aCustomerHasExactlyOnePrimaryContact() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long first = contact(s.rep1(), customer, "张三");
        assertThat(primaries(s.rep1(), customer)).as("the first contact becomes primary").containsExactly(first);
        long second = contact(s.rep1(), customer, "李四");
        assertThat(primaries(s.rep1(), customer)).containsExactly(first);

        long third = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts",
                Map.of("name", "王五", "primaryContact", true)).expect(201).id();
        assertThat(primaries(s.rep1(), customer)).containsExactly(third);

        patch(s.rep1(), "/api/v1/contacts/" + second, Map.of("primaryContact", true), version(s.rep1(), second))
                .expect(200);
        assertThat(primaries(s.rep1(), customer)).containsExactly(second);
        long other = customer(s.rep1(), "乙公司");
        long otherPrimary = contact(s.rep1(), other, "赵六");
        assertThat(ids(get(s.rep1(), "/api/v1/contacts?primaryOnly=true").body().path("items")))
                .as("each customer keeps its own primary").containsExactlyInAnyOrder(second, otherPrimary);
    }

    @Test
    void theContactListAcrossCustomersIsScoped() throws Exception {
        Sales s = sales();
        long rep1s = contact(s.rep1(), customer(s.rep1(), "甲公司"), "张三");
        long rep2s = contact(s.rep2(), customer(s.rep2(), "乙公司"), "李四");
        long rep3s = contact(s.rep3(), customer(s.rep3(), "丙公司"), "王五");
        long outsiders = contact(s.outsider(), customer(s.outsider(), "丁公司"), "赵六");

        assertThat(contactIds(s.rep1(), "")).containsExactly(rep1s);
        assertThat(contactIds(s.lead1(), "")).containsExactlyInAnyOrder(rep1s, rep2s);
        assertThat(contactIds(s.director(), "")).containsExactlyInAnyOrder(rep1s, rep2s, rep3s);
        assertThat(contactIds(s.auditor(), "")).containsExactlyInAnyOrder(rep1s, rep2s, rep3s, outsiders);
        assertThat(contactIds(s.rep1(), "q=王五")).isEmpty();
        assertThat(contactIds(s.director(), "q=王五")).containsExactly(rep3s);
        assertThat(contactIds(s.rep1(), "customerId=" + customerOfContact(rep3s))).isEmpty();
    }

    @Test
    void contactsSortByTheirNamesPinyinWithoutRegardToCase() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long zhang = contact(s.rep1(), customer, "张三");
        long banana = contact(s.rep1(), customer, "Banana");
        long li = contact(s.rep1(), customer, "李四");
        long apple = contact(s.rep1(), customer, "apple");
        long wang = contact(s.rep1(), customer, "王五");
        // apple, banana, lisi, wangwu, zhangsan (in code order 张 came before 李 and 王, capitals first)
        List<Long> byName = List.of(apple, banana, li, wang, zhang);
        List<Long> descending = List.of(zhang, wang, li, banana, apple);
        assertThat(contactIds(s.rep1(), "")).as("the default order, a rep's").containsExactlyElementsOf(byName);
        assertThat(contactIds(s.rep1(), "sort=name,desc")).containsExactlyElementsOf(descending);
        assertThat(contactIds(s.lead1(), "")).as("a manager's, by owners").containsExactlyElementsOf(byName);
        assertThat(contactIds(s.director(), "sort=name,desc")).as("a tree's").containsExactlyElementsOf(descending);
        assertThat(contactIds(s.auditor(), "")).as("the company's").containsExactlyElementsOf(byName);
        assertThat(ids(get(s.rep1(), "/api/v1/customers/" + customer + "/contacts?sort=name,asc").expect(200).body()
                .path("items"))).as("a customer's").containsExactlyElementsOf(byName);
    }

    @Test
    void aContactOutsideTheScopeCannotBeReadChangedOrDeleted() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep3(), "丙公司");
        long id = contact(s.rep3(), customer, "王五");
        long version = version(s.rep3(), id);

        assertThat(get(s.rep1(), "/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(patch(s.rep1(), "/api/v1/contacts/" + id, Map.of("name", "越权"), version).status()).isEqualTo(404);
        assertThat(delete(s.rep1(), "/api/v1/contacts/" + id, version).status()).isEqualTo(404);
        assertThat(post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", Map.of("name", "塞进去")).status())
                .isEqualTo(404);
        assertThat(patch(s.auditor(), "/api/v1/contacts/" + id, Map.of("name", "审计改"), version).status())
                .isEqualTo(403);
        JsonNode stored = get(s.rep3(), "/api/v1/contacts/" + id).body();
        assertThat(stored.get("name").asString()).isEqualTo("王五");
        assertThat(stored.get("version").asLong()).isEqualTo(version);
        assertThat(get(s.rep3(), "/api/v1/customers/" + customer + "/contacts").body().path("items").size())
                .isEqualTo(1);
        assertThat(get(fixtures.company().admin(), "/api/v1/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void theContactsOfADeletedCustomerLeaveEveryList() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long id = contact(s.rep1(), customer, "张三");
        delete(s.rep1(), "/api/v1/customers/" + customer, customerVersion(s.rep1(), customer)).expect(204);

        for (KezhiPrincipal user : List.of(s.rep1(), s.director(), s.auditor(), s.admin())) {
            assertThat(contactIds(user, "")).as(user.username()).isEmpty();
            assertThat(get(user, "/api/v1/contacts/" + id).status()).as(user.username()).isEqualTo(404);
        }
    }

    private List<Long> contactIds(KezhiPrincipal as, String parameters) throws Exception {
        return ids(get(as, "/api/v1/contacts?size=200&" + parameters).expect(200).body().path("items"));
    }

    private List<Long> primaries(KezhiPrincipal as, long customer) throws Exception {
        List<Long> primaries = new java.util.ArrayList<>();
        get(as, "/api/v1/customers/" + customer + "/contacts").expect(200).body().path("items").forEach(c -> {
            if (c.get("primaryContact").asBoolean()) {
                primaries.add(c.get("id").asLong());
            }
        });
        return primaries;
    }

    private long version(KezhiPrincipal as, long contact) throws Exception {
        return get(as, "/api/v1/contacts/" + contact).expect(200).body().get("version").asLong();
    }

    private long customerOfContact(long contact) {
        return fixtures.jdbc().sql("SELECT customer_id FROM contact WHERE id = :id").param("id", contact)
                .query(Long.class).single();
    }
}
