package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Owner and department names in customer lists come from a per-node copy of the company's names
 * (DirectoryNames): a rename shows on the very next request, and so does the name of a user who did
 * not exist when the copy was taken.
 */
class CustomerDirectoryNamesTest extends CustomerApiTest {

    @Autowired
    private DirectoryNames names;

    @Test
    void renamesAndNewUsersShowOnTheNextList() throws Exception {
        Sales s = sales();
        long id = customer(s.rep1(), "改名测试客户");
        JsonNode before = row(s.director(), id);
        assertThat(before.path("ownerName").asString()).isNotBlank().isNotEqualTo("新名字");

        long userVersion = get(s.admin(), "/api/v1/users/" + s.rep1().userId()).expect(200).body().path("version").asLong();
        patch(s.admin(), "/api/v1/users/" + s.rep1().userId(), Map.of("displayName", "新名字"), userVersion).expect(200);
        long deptVersion = get(s.admin(), "/api/v1/departments/" + s.team1()).expect(200).body().path("version").asLong();
        patch(s.admin(), "/api/v1/departments/" + s.team1(), Map.of("name", "新部门"), deptVersion).expect(200);

        JsonNode after = row(s.director(), id);
        assertThat(after.path("ownerName").asString()).isEqualTo("新名字");
        assertThat(after.path("ownerDeptName").asString()).isEqualTo("新部门");

        KezhiPrincipal newcomer = s.company().user("newcomer", s.team1(), s.lead1().userId(), s.repRole());
        long theirs = customer(newcomer, "新人客户");
        assertThat(row(s.director(), theirs).path("ownerName").asString()).isEqualTo("用户newcomer");
    }

    @Test
    void anIdTheCopyDoesNotKnowIsLookedUp() {
        Sales s = sales();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(CurrentUser.ACCESS_VERSION_ATTRIBUTE, -7L);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            TenantContext.callAs(s.company().id(), () -> {
                assertThat(names.users(List.of(s.rep1().userId()))).containsEntry(s.rep1().userId(), "用户rep1");
                KezhiPrincipal later = s.company().user("later", s.team1(), null, s.repRole());
                assertThat(names.users(List.of(later.userId()))).containsEntry(later.userId(), "用户later");
                assertThat(names.departments(List.of(s.team1()))).containsEntry(s.team1(), "销售一部");
                return null;
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private JsonNode row(KezhiPrincipal user, long id) throws Exception {
        for (JsonNode item : get(user, "/api/v1/customers?size=100").expect(200).body().path("items")) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("customer " + id + " not in the list of " + user.username());
    }
}
