package io.kezhi.crm.customer.contact;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contact list's search box ({@link ContactSearch}), the same on every database: the name anywhere
 * in any case, the pinyin's start, a number's start (mobile or phone), the email from three characters;
 * hidden fields are not searched.
 */
class ContactSearchTest extends CustomerApiTest {

    @Test
    void findsContactsByNamePinyinNumberAndEmail() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long fang = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", Map.of("name", "王芳",
                "mobile", "13812345678", "phone", "010-87654321", "email", "fang.wang@example.com")).expect(201).id();
        long linda = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", Map.of("name", "Linda Li",
                "mobile", "13900001111", "email", "linda@corp.cn")).expect(201).id();
        long wei = contact(s.rep1(), customer, "张伟");

        assertThat(found(s.rep1(), "王")).as("one character").containsExactly(fang);
        assertThat(found(s.rep1(), "王芳")).as("two").containsExactly(fang);
        assertThat(found(s.rep1(), "da L")).as("three, in any case").containsExactly(linda);
        assertThat(found(s.director(), "wangf")).as("the pinyin's start").containsExactly(fang);
        assertThat(found(s.director(), "zhang")).containsExactly(wei);
        assertThat(found(s.auditor(), "LI")).as("Linda Li by name and pinyin").containsExactly(linda);
        assertThat(found(s.auditor(), "1381234")).as("a mobile's start").containsExactly(fang);
        assertThat(found(s.auditor(), "138 1234")).as("typed with spaces").containsExactly(fang);
        assertThat(found(s.auditor(), "010 8765 4321")).as("a phone, typed with its trunk 0").containsExactly(fang);
        assertThat(found(s.auditor(), "5678")).as("numbers are found by their start").isEmpty();
        assertThat(found(s.auditor(), "example")).as("an email").containsExactly(fang);
        assertThat(found(s.auditor(), "@corp")).containsExactly(linda);
        assertThat(found(s.auditor(), "cn")).as("two characters are not looked for in emails").isEmpty();
        assertThat(found(s.rep2(), "王芳")).as("out of scope").isEmpty();

        delete(s.rep1(), "/api/v1/contacts/" + wei, version(s.rep1(), wei)).expect(204);
        assertThat(found(s.director(), "zhang")).as("deleted").isEmpty();
    }

    @Test
    void hiddenFieldsAreNotSearched() throws Exception {
        Sales s = sales();
        long role = s.company().role("助理", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT), List.of(
                new TestCompany.FieldRule(CustomerRecordTypes.CONTACT, "phone", FieldAccess.HIDDEN),
                new TestCompany.FieldRule(CustomerRecordTypes.CONTACT, "email", FieldAccess.HIDDEN)));
        KezhiPrincipal assistant = s.company().user("assistant", s.team1(), null, role);
        long customer = customer(s.rep1(), "甲公司");
        long fang = post(s.rep1(), "/api/v1/customers/" + customer + "/contacts", Map.of("name", "王芳",
                "mobile", "13812345678", "phone", "010-87654321", "email", "fang.wang@example.com")).expect(201).id();

        assertThat(found(s.rep1(), "010 8765 4321")).containsExactly(fang);
        assertThat(found(assistant, "010 8765 4321")).as("a hidden phone cannot be probed through search").isEmpty();
        assertThat(found(assistant, "1381234")).as("the mobile still can").containsExactly(fang);
        assertThat(found(s.rep1(), "example")).containsExactly(fang);
        assertThat(found(assistant, "example")).as("nor a hidden email").isEmpty();
    }

    private List<Long> found(KezhiPrincipal as, String text) throws Exception {
        return ids(get(as, "/api/v1/contacts?size=50&q=" + text).expect(200).body().path("items"));
    }

    private long version(KezhiPrincipal as, long contact) throws Exception {
        return get(as, "/api/v1/contacts/" + contact).expect(200).body().get("version").asLong();
    }
}
