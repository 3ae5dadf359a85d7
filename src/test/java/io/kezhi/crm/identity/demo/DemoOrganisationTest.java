package io.kezhi.crm.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The seed-002 demo company: its structure, and that its roles see what the seed says they see. */
class DemoOrganisationTest extends ApiTest {

    private static boolean created;

    @Autowired
    private DemoOrganisation demo;

    @BeforeAll
    static void reset() {
        created = false;
    }

    private BrowserSession signIn(String username) throws Exception {
        if (!created) {
            if (fixtures.jdbc().sql("SELECT COUNT(*) FROM company WHERE code = :c")
                    .param("c", DemoOrganisation.COMPANY_CODE).query(Long.class).single() == 0) {
                demo.create();
            }
            created = true;
        }
        BrowserSession browser = new BrowserSession(port, json);
        assertThat(browser.login(DemoOrganisation.COMPANY_CODE, username, DemoOrganisation.PASSWORD).status())
                .as("demo login %s", username).isEqualTo(200);
        return browser;
    }

    @Test
    void everyDemoLoginWorks() throws Exception {
        for (DemoOrganisation.Login login : DemoOrganisation.LOGINS) {
            signIn(login.username());
        }
        assertThat(DemoOrganisation.LOGINS).extracting(DemoOrganisation.Login::role)
                .contains("系统管理员", "总经理", "全国市场总监", "销售总监", "销售代表", "销售助理");
    }

    @Test
    void eachRoleSeesItsPartOfTheCompany() throws Exception {
        Set<String> everyone = names(signIn("wangjianguo").get("/api/v1/users?size=200").body());
        assertThat(everyone).hasSize(DemoOrganisation.LOGINS.size());
        Set<String> beijingDirector = names(signIn("zhaoqiang").get("/api/v1/users?size=200").body());
        assertThat(beijingDirector).containsExactlyInAnyOrder("赵强", "吴芳", "孙丽", "周鑫", "钱宇");
        Set<String> rep = names(signIn("sunli").get("/api/v1/users?size=200").body());
        assertThat(rep).containsExactlyInAnyOrder("孙丽", "周鑫");
        assertThat(signIn("sunli").get("/api/v1/roles").status()).isEqualTo(403);
        JsonNode tree = signIn("chenjie").get("/api/v1/departments").body();
        Set<String> departments = new HashSet<>();
        tree.forEach(d -> departments.add(d.get("name").asString()));
        assertThat(departments).containsExactlyInAnyOrder("上海分公司", "南京办事处", "杭州办事处");
    }

    private static Set<String> names(JsonNode page) {
        Set<String> names = new HashSet<>();
        page.get("items").forEach(u -> names.add(u.get("displayName").asString()));
        return names;
    }
}
