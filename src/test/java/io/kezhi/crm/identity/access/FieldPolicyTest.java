package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Hidden fields are absent from every channel; writes to hidden or read-only fields are refused. */
class FieldPolicyTest extends ApiTest {

    private TestCompany company;
    private KezhiPrincipal restricted;
    private long memo;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        long role = company.role("受限", all("memo", DataScope.ALL), List.of(
                new TestCompany.FieldRule("memo", "secretNote", FieldAccess.HIDDEN),
                new TestCompany.FieldRule("memo", "amount", FieldAccess.READ_ONLY)));
        restricted = company.user("restricted", company.rootDepartment(), null, role);
        memo = post(company.admin(), "/api/v1/test/memos",
                Map.of("title", "合同备忘", "secretNote", "底价 80 万", "amount", "1234.50")).expect(200).id();
    }

    @Test
    void hiddenFieldsAreAbsentFromDetailListExportAndHistory() throws Exception {
        JsonNode detail = get(restricted, "/api/v1/test/memos/" + memo).expect(200).body();
        assertThat(detail.has("secretNote")).isFalse();
        assertThat(detail.get("amount").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(get(restricted, "/api/v1/test/memos").body().get("items").get(0).has("secretNote")).isFalse();
        assertThat(get(restricted, "/api/v1/test/memos/export").body().get(0).has("secretNote")).isFalse();
        long version = get(company.admin(), "/api/v1/test/memos/" + memo).version();
        patch(company.admin(), "/api/v1/test/memos/" + memo, Map.of("secretNote", "底价 75 万", "title", "改"),
                version).expect(200);
        JsonNode history = get(restricted, "/api/v1/history/memo/" + memo).expect(200).body().get("items");
        history.forEach(entry -> entry.get("changes").forEach(change ->
                assertThat(change.get("field").asString()).isNotEqualTo("secretNote")));
        assertThat(get(company.admin(), "/api/v1/history/memo/" + memo).body().get("items").get(0).get("changes")
                .toString()).contains("secretNote");
        assertThat(get(company.admin(), "/api/v1/test/memos/" + memo).body().get("secretNote").asString())
                .isEqualTo("底价 75 万");
    }

    @Test
    void writingHiddenOrChangingReadOnlyFieldsIsRefused() throws Exception {
        String url = "/api/v1/test/memos/" + memo;
        long version = get(restricted, url).version();
        Response hidden = patch(restricted, url, Map.of("secretNote", "guess"), version);
        assertThat(hidden.status()).isEqualTo(403);
        assertThat(hidden.errorFields()).containsExactly("secretNote");
        Response readOnly = patch(restricted, url, Map.of("amount", "99.00"), version);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(readOnly.errorFields()).containsExactly("amount");
        assertThat(patch(restricted, url, Map.of("amount", "1234.50", "title", "同值可回传"), version).status())
                .as("sending a read-only field back unchanged").isEqualTo(200);
        Response create = post(restricted, "/api/v1/test/memos", Map.of("title", "新", "amount", "5"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.errorFields()).containsExactly("amount");
        JsonNode stored = get(company.admin(), url).body();
        assertThat(stored.get("secretNote").asString()).isEqualTo("底价 80 万");
        assertThat(new BigDecimal(stored.get("amount").asString())).isEqualByComparingTo("1234.50");
    }

    @Test
    void theMostPermissiveRoleWins() throws Exception {
        long open = company.role("开放", all("memo", DataScope.ALL));
        long version = get(company.admin(), "/api/v1/users/" + restricted.userId()).version();
        put(company.admin(), "/api/v1/users/" + restricted.userId() + "/roles",
                Map.of("roleIds", List.of(open, get(company.admin(), "/api/v1/users/" + restricted.userId())
                        .body().get("roles").get(0).get("id").asLong())), version).expect(200);
        assertThat(get(restricted, "/api/v1/test/memos/" + memo).body().get("secretNote").asString())
                .isEqualTo("底价 80 万");
    }

    @Test
    void userFieldsFollowTheSamePolicy() throws Exception {
        long viewer = company.role("看用户", all("user", DataScope.ALL, Operation.VIEW, Operation.EDIT), List.of(
                new TestCompany.FieldRule("user", "mobile", FieldAccess.HIDDEN),
                new TestCompany.FieldRule("user", "email", FieldAccess.READ_ONLY)));
        KezhiPrincipal hr = company.user("hr", company.rootDepartment(), null, viewer);
        long version = get(company.admin(), "/api/v1/users/" + restricted.userId()).version();
        patch(company.admin(), "/api/v1/users/" + restricted.userId(),
                Map.of("mobile", "13800138000", "email", "a@kezhi.io"), version).expect(200);
        JsonNode seen = get(hr, "/api/v1/users/" + restricted.userId()).expect(200).body();
        assertThat(seen.has("mobile")).isFalse();
        assertThat(seen.get("email").asString()).isEqualTo("a@kezhi.io");
        assertThat(get(hr, "/api/v1/users?q=restricted").body().get("items").get(0).has("mobile")).isFalse();
        Response change = patch(hr, "/api/v1/users/" + restricted.userId(), Map.of("email", "b@kezhi.io"),
                seen.get("version").asLong());
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.errorFields()).containsExactly("email");
        assertThat(get(hr, "/api/v1/auth/me").body().get("fieldPolicies").get("user").get("mobile").asString())
                .isEqualTo("HIDDEN");
    }
}
