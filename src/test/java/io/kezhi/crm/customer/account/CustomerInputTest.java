package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Bad customer input is refused with every offending field named, in the caller's language, and
 * writes nothing; good input is normalised and rare characters survive the round trip.
 */
class CustomerInputTest extends CustomerApiTest {

    @Test
    void everyInvalidValueIsNamedInChineseAndEnglish() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("校验客户");
        body.put("phone", "12345");
        body.put("phone2", "138001380001234");
        body.put("source", "no_such_source");
        body.put("industry", "it");
        body.put("idNumber", "110105194912310021");
        body.put("provinceCode", "110000");
        body.put("cityCode", "440300");
        body.put("website", "not a site");

        Response zh = send(s.rep1(), "zh-CN", MockMvcRequestBuilders.post("/api/v1/customers"), body);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.body().get("code").asString()).isEqualTo("validation");
        assertThat(zh.errorFields()).containsExactlyInAnyOrder("phone", "phone2", "source", "idNumber", "cityCode",
                "website");
        assertThat(message(zh, "phone")).isEqualTo("不是有效的电话号码");
        assertThat(message(zh, "source")).isEqualTo("“no_such_source”不是该字典中的有效值");
        assertThat(message(zh, "idNumber")).isEqualTo("不是有效的居民身份证号码");

        Response en = send(s.rep1(), "en-US", MockMvcRequestBuilders.post("/api/v1/customers"), body);
        assertThat(en.errorFields()).containsExactlyInAnyOrderElementsOf(zh.errorFields());
        assertThat(message(en, "phone")).isEqualTo("is not a valid phone number");
        assertThat(message(en, "cityCode")).isEqualTo(
                "is not a valid division, or does not lie in the division above it");
        assertThat(listedIds(s.rep1())).isEmpty();
    }

    @Test
    void malformedEmailsOverLongValuesAndTooManyTagsAreNamed() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("客".repeat(201));
        body.put("email", "not-an-email");
        body.put("address", "路".repeat(301));
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add("标签" + i);
        }
        body.put("tags", tags);
        Response refused = send(s.rep1(), "en-US", MockMvcRequestBuilders.post("/api/v1/customers"), body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "email", "address", "tags");
        assertThat(message(refused, "name")).contains("200");

        Map<String, Object> longTag = customerBody("标签客户");
        longTag.put("tags", List.of("长".repeat(33)));
        assertThat(post(s.rep1(), "/api/v1/customers", longTag).errorFields()).containsExactly("tags[]");
        assertThat(listedIds(s.rep1())).isEmpty();
    }

    @Test
    void regionsMustNestProvinceCityDistrict() throws Exception {
        Sales s = sales();
        assertThat(post(s.rep1(), "/api/v1/customers", region("999999", null, null)).errorFields())
                .containsExactly("provinceCode");
        assertThat(post(s.rep1(), "/api/v1/customers", region("440000", "440300", "110105")).errorFields())
                .containsExactly("districtCode");
        assertThat(post(s.rep1(), "/api/v1/customers", region(null, "440300", null)).errorFields())
                .as("a city without its province").containsExactly("cityCode");
        long ok = customer(s.rep1(), region("440000", "440300", "440305"));
        JsonNode stored = customerOf(s.rep1(), ok).body().path("customer");
        assertThat(stored.get("districtCode").asString()).isEqualTo("440305");
        assertThat(listedIds(s.rep1())).containsExactly(ok);
    }

    @Test
    void validValuesAreNormalisedAndACorrectIdNumberIsAccepted() throws Exception {
        Sales s = sales();
        Map<String, Object> body = customerBody("  规范客户  ");
        body.put("phone", "138 0013-8000");
        body.put("email", "Sales@KeZhi.IO");
        body.put("idNumber", "11010519491231002x");
        body.put("source", "referral");
        JsonNode created = post(s.rep1(), "/api/v1/customers", body).expect(201).body();
        assertThat(created.get("name").asString()).isEqualTo("规范客户");
        assertThat(created.get("phone").asString()).isEqualTo("+8613800138000");
        assertThat(created.get("email").asString()).isEqualTo("sales@kezhi.io");
        assertThat(created.get("idNumber").asString()).isEqualTo("11010519491231002X");
    }

    @Test
    void editingValidatesTooAndAStaleVersionIsAConflict() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "编辑客户");
        long version = customerVersion(s.rep1(), id);
        Response bad = send(s.rep1(), "en-US", MockMvcRequestBuilders.patch("/api/v1/customers/" + id)
                .header("If-Match", "\"" + version + "\""), Map.of("phone", "abc", "industry", "nope"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("phone", "industry");
        assertThat(message(bad, "industry")).isEqualTo("\"nope\" is not a valid value of this list");

        patch(s.rep1(), "/api/v1/customers/" + id, Map.of("name", "编辑客户一"), version).expect(200);
        Response stale = send(s.rep1(), "en-US", MockMvcRequestBuilders.patch("/api/v1/customers/" + id)
                .header("If-Match", "\"" + version + "\""), Map.of("name", "编辑客户二"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("code").asString()).isEqualTo("version-conflict");
        assertThat(stale.body().get("detail").asString()).isEqualTo(
                "Someone else changed this record; reload it and try again.");
        assertThat(delete(s.rep1(), "/api/v1/customers/" + id, version).status()).isEqualTo(409);
        JsonNode stored = customerOf(s.rep1(), id).body().path("customer");
        assertThat(stored.get("name").asString()).isEqualTo("编辑客户一");
        assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
        assertThat(call(s.rep1(), MockMvcRequestBuilders.patch("/api/v1/customers/" + id)
                .contentType("application/json").content("{\"name\":\"无版本\"}")).status()).isEqualTo(428);
    }

    @Test
    void rareCjkCharactersRoundTripAndAreSearchable() throws Exception {
        Sales s = sales();
        String name = "𠀀䶮科技";
        Map<String, Object> body = customerBody(name);
        body.put("address", "𪚥路 1 号");
        body.put("remark", "𠀀 and 䶮 are rare");
        body.put("tags", List.of("𠀀"));
        long id = customer(s.rep1(), body);

        JsonNode stored = customerOf(s.rep1(), id).body().path("customer");
        assertThat(stored.get("name").asString()).isEqualTo(name);
        assertThat(stored.get("address").asString()).isEqualTo("𪚥路 1 号");
        assertThat(stored.get("remark").asString()).isEqualTo("𠀀 and 䶮 are rare");
        assertThat(stored.get("tags").get(0).asString()).isEqualTo("𠀀");
        assertThat(listedIds(s.rep1(), "q=䶮")).containsExactly(id);
        assertThat(listedIds(s.rep1(), "q=𠀀")).containsExactly(id);
        patch(s.rep1(), "/api/v1/customers/" + id, Map.of("name", "䶮𠀀"), stored.get("version").asLong())
                .expect(200);
        assertThat(customerOf(s.rep1(), id).body().path("customer").get("name").asString()).isEqualTo("䶮𠀀");
    }

    private static Map<String, Object> region(String province, String city, String district) {
        Map<String, Object> body = new HashMap<>(customerBody("地区客户"));
        body.put("provinceCode", province);
        body.put("cityCode", city);
        body.put("districtCode", district);
        return body;
    }

    private static String message(Response response, String field) {
        for (JsonNode error : response.body().path("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + ": " + response.body());
    }
}
