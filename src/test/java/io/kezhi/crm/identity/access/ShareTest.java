package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Explicit shares with users and departments, read-only and read-write. */
class ShareTest extends ApiTest {

    private TestCompany company;
    private KezhiPrincipal owner;
    private KezhiPrincipal reader;
    private KezhiPrincipal inSubDepartment;
    private KezhiPrincipal inParentDepartment;
    private long sales;
    private long memo;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        long role = company.role("本人", all("memo", DataScope.OWN));
        long root = company.rootDepartment();
        long marketing = company.department("市场部", root);
        sales = company.department("销售部", root);
        long salesTeam = company.department("销售一组", sales);
        owner = company.user("owner", marketing, null, role);
        reader = company.user("reader", marketing, null, role);
        inSubDepartment = company.user("teamrep", salesTeam, null, role);
        inParentDepartment = company.user("ceo", root, null, role);
        memo = post(owner, "/api/v1/test/memos", Map.of("title", "shared")).expect(200).id();
    }

    @Test
    void readShareGivesViewNotEdit() throws Exception {
        String url = "/api/v1/test/memos/" + memo;
        assertThat(get(reader, url).status()).isEqualTo(404);
        long shareId = share("USER", reader.userId(), "READ").id();
        assertThat(get(reader, url).status()).isEqualTo(200);
        assertThat(get(reader, "/api/v1/test/memos/count").body().asLong()).isEqualTo(1);
        assertThat(patch(reader, url, Map.of("title", "x"), get(reader, url).version()).status()).isEqualTo(404);
        assertThat(get(reader, "/api/v1/shares/memo/" + memo).expect(200).body().get(0).get("granteeName")
                .asString()).isEqualTo("用户reader");
        delete(owner, "/api/v1/shares/memo/" + memo + "/" + shareId).expect(204);
        assertThat(get(reader, url).status()).isEqualTo(404);
    }

    @Test
    void readWriteShareGivesEditButNeverDeleteOrReshare() throws Exception {
        String url = "/api/v1/test/memos/" + memo;
        share("USER", reader.userId(), "READ_WRITE");
        assertThat(patch(reader, url, Map.of("title", "edited"), get(reader, url).version()).status())
                .isEqualTo(200);
        assertThat(delete(reader, url).status()).isEqualTo(404);
        assertThat(post(reader, "/api/v1/shares/memo/" + memo,
                Map.of("granteeType", "USER", "granteeId", inParentDepartment.userId(), "accessLevel", "READ"))
                .status()).isEqualTo(404);
    }

    @Test
    void departmentShareReachesItsSubDepartmentsButNotAbove() throws Exception {
        share("DEPARTMENT", sales, "READ");
        assertThat(get(inSubDepartment, "/api/v1/test/memos/" + memo).status()).isEqualTo(200);
        assertThat(get(inParentDepartment, "/api/v1/test/memos/" + memo).status()).isEqualTo(404);
    }

    @Test
    void sharingTwiceChangesTheAccessLevel() throws Exception {
        share("USER", reader.userId(), "READ");
        share("USER", reader.userId(), "READ_WRITE");
        assertThat(get(owner, "/api/v1/shares/memo/" + memo).body().size()).isEqualTo(1);
        assertThat(get(owner, "/api/v1/shares/memo/" + memo).body().get(0).get("accessLevel").asString())
                .isEqualTo("READ_WRITE");
    }

    @Test
    void unshareableTypesAndUnknownGranteesAreRefused() throws Exception {
        Response userShare = post(company.admin(), "/api/v1/shares/user/" + owner.userId(),
                Map.of("granteeType", "USER", "granteeId", reader.userId(), "accessLevel", "READ"));
        assertThat(userShare.status()).isEqualTo(400);
        assertThat(userShare.errorFields()).containsExactly("subjectType");
        Response unknown = post(owner, "/api/v1/shares/memo/" + memo,
                Map.of("granteeType", "USER", "granteeId", 987654321L, "accessLevel", "READ"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("granteeId");
    }

    private Response share(String type, long grantee, String access) throws Exception {
        return post(owner, "/api/v1/shares/memo/" + memo,
                Map.of("granteeType", type, "granteeId", grantee, "accessLevel", access)).expect(201);
    }
}
