package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Keyword search: name, full pinyin, pinyin initials, phone prefix (customer's or a contact's); wildcards are literal. */
class CustomerSearchTest extends CustomerApiTest {

    @Test
    void namesAreFoundByTextPinyinAndInitials() throws Exception {
        Sales s = sales();
        long tyh = customer(s.rep1(), "天意华科技");
        long other = customer(s.rep1(), "北京建工");

        assertThat(search(s, "意华")).containsExactly(tyh);
        assertThat(search(s, "tianyi")).containsExactly(tyh);
        assertThat(search(s, "tianyihuakeji")).containsExactly(tyh);
        assertThat(search(s, "tyh")).containsExactly(tyh);
        assertThat(search(s, "TYH")).containsExactly(tyh);
        assertThat(search(s, "bjjg")).containsExactly(other);
        assertThat(search(s, "yhk")).as("initials match from the start").isEmpty();
        assertThat(search(s, "科技")).containsExactly(tyh);
    }

    @Test
    void textsOfEveryLengthAreFoundInsideNamesWhateverTheirCase() throws Exception {
        Sales s = sales();
        long tyh = customer(s.rep1(), "天意华科技");
        long maple = customer(s.rep1(), "Maple Leaf 贸易");
        long xin = customer(s.rep1(), "鑫");

        assertThat(search(s, "意")).as("one character").containsExactly(tyh);
        assertThat(search(s, "鑫")).as("the whole one-character name").containsExactly(xin);
        assertThat(search(s, "华科")).as("two characters inside").containsExactly(tyh);
        assertThat(search(s, "意华科")).as("three characters inside").containsExactly(tyh);
        assertThat(search(s, "华技")).as("not next to each other").isEmpty();
        assertThat(search(s, "LE")).as("two letters, any case").containsExactly(maple);
        assertThat(search(s, "f 贸")).as("a space inside").containsExactly(maple);
        assertThat(search(s, "LEAF")).as("more letters, any case").containsExactly(maple);
        assertThat(search(s, "eaf 贸易")).containsExactly(maple);
    }

    @Test
    void aPrefixOfManyNumbersStillFindsEveryCustomerWithIt() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("甲公司");
        body.put("phone", "13800138000");
        long withPhone = customer(s.rep1(), body);
        long other = customer(s.rep3(), "丙公司");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= PhoneIndex.MAX_LISTED; i++) {
            rows.add(Map.of("t", s.company().id(), "c", other, "d", String.format("1380099%04d", i)));
        }
        for (Map<String, Object> row : rows) {
            fixtures.jdbc().sql("INSERT INTO phone_lookup (tenant_id, customer_id, contact_id, digits)"
                    + " VALUES (:t, :c, 0, :d)").params(row).update();
        }

        assertThat(searchAs(s.rep1(), "13800")).as("more numbers than are listed, only the caller's customer")
                .containsExactly(withPhone);
        assertThat(listedIds(s.director(), "q=13800")).containsExactlyInAnyOrder(withPhone, other);
        assertThat(listedIds(s.director(), "q=138001")).containsExactly(withPhone);
    }

    @Test
    void phonePrefixesFindTheCustomerAndItsContacts() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("甲公司");
        body.put("phone", "13800138000");
        long withPhone = customer(s.rep1(), body);
        long withContact = customer(s.rep1(), "乙公司");
        post(s.rep1(), "/api/v1/customers/" + withContact + "/contacts", Map.of("name", "王五", "mobile", "13912345678"))
                .expect(201);
        customer(s.rep1(), "丙公司");

        assertThat(search(s, "1380013")).containsExactly(withPhone);
        assertThat(search(s, "138-0013")).containsExactly(withPhone);
        assertThat(search(s, "138 0013 8000")).containsExactly(withPhone);
        assertThat(search(s, "+86 138 0013 8000")).containsExactly(withPhone);
        assertThat(search(s, "1391234")).containsExactly(withContact);
        assertThat(search(s, "13")).as("two digits are not a number prefix").isEmpty();
        assertThat(search(s, "0013")).as("a prefix, not a substring").isEmpty();
    }

    @Test
    void likeWildcardsInKeywordsAreLiteral() throws Exception {
        Sales s = sales();
        long percent = customer(s.rep1(), "100%纯净水");
        customer(s.rep1(), "1000纯净水");
        long underscore = customer(s.rep1(), "A_B 贸易");
        customer(s.rep1(), "AXB 贸易");
        long backslash = customer(s.rep1(), "C\\D 商行");
        customer(s.rep1(), "CD 商行");

        assertThat(search(s, "100%")).containsExactly(percent);
        assertThat(search(s, "%")).containsExactly(percent);
        assertThat(search(s, "a_b")).containsExactly(underscore);
        assertThat(search(s, "_")).containsExactly(underscore);
        assertThat(search(s, "c\\d")).containsExactly(backslash);
        assertThat(search(s, "!")).isEmpty();
    }

    @Test
    void searchStaysInsideTheScope() throws Exception {
        Sales s = sales();
        long mine = customer(s.rep1(), "天意华科技");
        Map<String, Object> body = customerBody("天意华贸易");
        body.put("phone", "13800138000");
        long theirs = customer(s.rep3(), body);

        assertThat(searchAs(s.rep1(), "tyh")).containsExactly(mine);
        assertThat(searchAs(s.rep1(), "1380013")).isEmpty();
        assertThat(listedIds(s.director(), "q=tyh")).containsExactlyInAnyOrder(mine, theirs);
    }

    /**
     * What rep1 finds, where rep1 made every customer: rep1's scope reaches few customers, tested one by
     * one; the auditor's (the whole company) goes through the name indexes, and must find the same.
     */
    private List<Long> search(Sales s, String keyword) throws Exception {
        List<Long> own = searchAs(s.rep1(), keyword);
        assertThat(searchAs(s.auditor(), keyword)).as("through the name indexes: " + keyword)
                .containsExactlyInAnyOrderElementsOf(own);
        return own;
    }

    private List<Long> searchAs(KezhiPrincipal as, String keyword) throws Exception {
        return ids(call(as, MockMvcRequestBuilders.get("/api/v1/customers").param("size", "200")
                .param("q", keyword)).expect(200).body().path("items"));
    }
}
