package io.kezhi.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Administrator-edited value lists, seeded for every new company. */
class DictionaryTest extends ApiTest {

    @Autowired
    private Dictionaries dictionaries;

    @Test
    void everyCompanyStartsWithTheBuiltInLists() throws Exception {
        TestCompany company = fixtures.company();
        JsonNode types = get(company.admin(), "/api/v1/dictionaries").expect(200).body();
        assertThat(types.findValuesAsString("code")).contains("customer_source", "industry", "customer_level",
                "staff_size");
        JsonNode sources = get(company.admin(), "/api/v1/dictionaries/customer_source/items").body();
        assertThat(sources.get(0).get("label").asString()).isEqualTo("电话营销");
        assertThat(sources.get(0).get("labelEn").asString()).isEqualTo("Telemarketing");
    }

    @Test
    void administratorsEditValuesEveryoneReadsThem() throws Exception {
        TestCompany company = fixtures.company();
        KezhiPrincipal rep = company.user("rep", company.rootDepartment(), null);
        assertThat(get(rep, "/api/v1/dictionaries/industry/items").status()).isEqualTo(200);
        assertThat(post(rep, "/api/v1/dictionaries/industry/items", Map.of("code", "x", "label", "x")).status())
                .isEqualTo(403);
        Response created = post(company.admin(), "/api/v1/dictionaries/industry/items",
                Map.of("code", "new_energy", "label", "新能源", "labelEn", "New energy", "sortOrder", 5)).expect(201);
        assertThat(post(company.admin(), "/api/v1/dictionaries/industry/items",
                Map.of("code", "new_energy", "label", "重复")).errorFields()).containsExactly("code");
        assertThat(post(company.admin(), "/api/v1/dictionaries/industry/items",
                Map.of("code", "Bad Code!", "label", "坏")).errorFields()).containsExactly("code");
        long id = created.id();
        assertThat(get(rep, "/api/v1/dictionaries/industry/items").body().get(0).get("code").asString())
                .isEqualTo("new_energy");
        TestCompany.as(company.admin(), () -> {
            assertThat(dictionaries.isValue("industry", "new_energy", true)).isTrue();
            return null;
        });
        patch(company.admin(), "/api/v1/dictionaries/industry/items/" + id, Map.of("enabled", false),
                created.version()).expect(200);
        assertThat(get(rep, "/api/v1/dictionaries/industry/items").body().findValuesAsString("code"))
                .doesNotContain("new_energy");
        assertThat(get(rep, "/api/v1/dictionaries/industry/items?includeDisabled=true").body()
                .findValuesAsString("code")).contains("new_energy");
        TestCompany.as(company.admin(), () -> {
            assertThat(dictionaries.isValue("industry", "new_energy", true)).isFalse();
            assertThat(dictionaries.isValue("industry", "new_energy", false)).isTrue();
            return null;
        });
        delete(company.admin(), "/api/v1/dictionaries/industry/items/" + id, created.version() + 1).expect(204);
        assertThat(get(company.admin(), "/api/v1/recycle-bin?type=dictItem").body().get("items").get(0)
                .get("title").asString()).isEqualTo("industry: 新能源");
    }

    @Test
    void listsOfOneCompanyAreInvisibleToAnother() throws Exception {
        TestCompany a = fixtures.company();
        TestCompany b = fixtures.company();
        post(a.admin(), "/api/v1/dictionaries/industry/items", Map.of("code", "only_a", "label", "A 专属")).expect(201);
        assertThat(get(b.admin(), "/api/v1/dictionaries/industry/items").body().findValuesAsString("code"))
                .doesNotContain("only_a");
    }
}
