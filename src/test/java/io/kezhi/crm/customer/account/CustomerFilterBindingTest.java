package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The list filter is bound from the query string (shared/web QueryRecordArgumentResolver): lists of
 * values as {@code a,b} or repeated, times as ISO instants, an empty value as none, and every value
 * that does not convert named in one 400, in the caller's language.
 */
class CustomerFilterBindingTest extends CustomerApiTest {

    @Test
    void valuesBindAsListsInstantsAndNumbers() throws Exception {
        Sales s = sales();
        Map<String, Object> key = customerBody("重点客户");
        key.put("valueClass", "KEY");
        long keyCustomer = customer(s.rep1(), key);
        Map<String, Object> small = customerBody("小客户");
        small.put("valueClass", "SMALL");
        long smallCustomer = customer(s.rep1(), small);
        long unclassified = customer(s.rep1(), "未分级客户");

        assertThat(listedIds(s.rep1(), "valueClass=KEY,SMALL")).containsExactlyInAnyOrder(keyCustomer, smallCustomer);
        assertThat(listedIds(s.rep1(), "valueClass=KEY&valueClass=SMALL"))
                .containsExactlyInAnyOrder(keyCustomer, smallCustomer);
        assertThat(listedIds(s.rep1(), "valueClass=SMALL")).containsExactly(smallCustomer);
        assertThat(listedIds(s.rep1(), "valueClass=&staleDays=&q=")).as("empty values are no filter")
                .containsExactlyInAnyOrder(keyCustomer, smallCustomer, unclassified);
        assertThat(listedIds(s.rep1(), "createdFrom=2000-01-01T00:00:00Z&pointsMin=0&mine=true"))
                .containsExactlyInAnyOrder(keyCustomer, smallCustomer, unclassified);
        assertThat(listedIds(s.rep1(), "createdTo=2000-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void everyValueThatDoesNotConvertIsNamedInTheCallersLanguage() throws Exception {
        Sales s = sales();
        String bad = "/api/v1/customers?status=SLEEPING&staleDays=abc&createdFrom=yesterday&customerType=COMPANY,X"
                + "&pointsMin=1.5&mine=maybe&industry=it";
        JsonNode chinese = get(s.rep1(), bad).expect(400).body();
        assertThat(fields(chinese)).containsExactlyInAnyOrder("status", "staleDays", "createdFrom", "customerType",
                "pointsMin", "mine");
        chinese.get("errors").forEach(e -> assertThat(e.get("message").asString()).isEqualTo("取值格式不正确"));

        JsonNode english = call(s.rep1(), MockMvcRequestBuilders.get(bad).header("Accept-Language", "en")).body();
        english.get("errors").forEach(e -> assertThat(e.get("message").asString())
                .isEqualTo("has a value of the wrong format"));

        assertThat(get(s.rep1(), "/api/v1/contacts?decisionRole=KING").errorFields()).containsExactly("decisionRole");
        assertThat(get(s.rep1(), "/api/v1/follow-ups?from=today").errorFields()).containsExactly("from");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
