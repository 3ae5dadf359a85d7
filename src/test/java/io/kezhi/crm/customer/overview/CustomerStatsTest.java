package io.kezhi.crm.customer.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Customer distribution by each dimension: counted in scope, labelled in the caller's language. */
class CustomerStatsTest extends CustomerApiTest {

    private Sales s;

    private void customers() throws Exception {
        s = sales();
        customer(s.rep1(), body("甲", "referral", "KEY", "440000", "it", "NORMAL"));
        customer(s.rep1(), body("乙", "referral", "MAJOR", "440000", "it", "ACTIVE"));
        customer(s.rep1(), body("丙", "online", "KEY", "110000", null, "ACTIVE"));
        customer(s.rep1(), body("丁", null, null, null, "finance", "ACTIVE"));
        customer(s.rep3(), body("戊", "online", "SMALL", "310000", "it", "ARCHIVED"));
        customer(s.outsider(), body("己", "exhibition", "KEY", "310000", "it", "ACTIVE"));
    }

    @Test
    void bySourceCountsOnlyTheScopeWithLabelsInEachLanguage() throws Exception {
        customers();
        assertThat(stats(s.rep1(), "source", "zh-CN", "")).containsOnly(entry("客户介绍", 2L), entry("网络推广", 1L),
                entry("未填写", 1L));
        assertThat(stats(s.rep1(), "source", "en-US", "")).containsOnly(entry("Referral", 2L),
                entry("Online promotion", 1L), entry("Not set", 1L));
        assertThat(stats(s.director(), "source", "zh-CN", "")).containsOnly(entry("客户介绍", 2L),
                entry("网络推广", 2L), entry("未填写", 1L));
        assertThat(stats(s.auditor(), "source", "en-US", "")).containsOnly(entry("Referral", 2L),
                entry("Online promotion", 2L), entry("Not set", 1L), entry("Trade show", 1L));
        assertThat(stats(s.rep2(), "source", "zh-CN", "")).isEmpty();
        JsonNode total = get(s.auditor(), "/api/v1/customers/stats?by=source").expect(200).body();
        assertThat(total.get("total").asLong()).isEqualTo(6);
    }

    @Test
    void everyOtherDimensionCountsAndLabels() throws Exception {
        customers();
        assertThat(stats(s.director(), "valueClass", "zh-CN", "")).containsOnly(entry("关键客户", 2L),
                entry("重要客户", 1L), entry("小客户", 1L), entry("未填写", 1L));
        assertThat(stats(s.director(), "valueClass", "en-US", "")).containsEntry("Key account", 2L);
        assertThat(stats(s.director(), "region", "zh-CN", "")).containsOnly(entry("广东省", 2L), entry("北京市", 1L),
                entry("上海市", 1L), entry("未填写", 1L));
        assertThat(stats(s.director(), "industry", "en-US", "")).containsOnly(entry("Information technology", 3L),
                entry("Finance", 1L), entry("Not set", 1L));
        assertThat(stats(s.director(), "status", "en-US", "")).containsOnly(entry("Active", 3L),
                entry("Archived", 1L), entry("Normal", 1L));
        assertThat(stats(s.director(), "owner", "zh-CN", "")).containsOnly(entry("用户rep1", 4L),
                entry("用户rep3", 1L));
        assertThat(stats(s.director(), "customerType", "zh-CN", "")).containsOnly(entry("企业客户", 5L));
        assertThat(stats(s.director(), "lifecycleStage", "zh-CN", "").values()).containsExactly(5L);
        assertThat(stats(s.director(), "source", "zh-CN", "valueClass=KEY")).containsOnly(entry("客户介绍", 1L),
                entry("网络推广", 1L));
    }

    @Test
    void anUnknownDimensionIsNamed() throws Exception {
        s = sales();
        Response unknown = get(s.rep1(), "/api/v1/customers/stats?by=shoeSize");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("by");
    }

    private Map<String, Long> stats(KezhiPrincipal as, String by, String language, String filters) throws Exception {
        JsonNode body = send(as, language, MockMvcRequestBuilders.get("/api/v1/customers/stats?by=" + by
                + (filters.isEmpty() ? "" : "&" + filters)), null).expect(200).body();
        Map<String, Long> counts = new LinkedHashMap<>();
        long sum = 0;
        for (JsonNode bucket : body.get("buckets")) {
            counts.put(bucket.get("label").asString(), bucket.get("count").asLong());
            sum += bucket.get("count").asLong();
        }
        assertThat(body.get("total").asLong()).isEqualTo(sum);
        return counts;
    }

    private static Map<String, Object> body(String name, String source, String valueClass, String province,
            String industry, String status) {
        Map<String, Object> body = customerBody(name);
        body.put("source", source);
        body.put("valueClass", valueClass);
        body.put("provinceCode", province);
        body.put("industry", industry);
        body.put("status", status);
        return body;
    }
}
