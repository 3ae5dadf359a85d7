package io.kezhi.crm.identity.access;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Each data scope against each verb on an owned record (the test "memo"), through every channel:
 * list, detail, SQL count, export, edit, assign, share, delete and batch delete.
 *
 * <pre>
 * company
 * ├── 北京分公司 (bj): actor, colleague
 * │   └── 北京一部 (bj1): junior
 * └── 上海分公司 (sh): stranger
 * </pre>
 */
class DataScopeTest extends ApiTest {

    private TestCompany company;
    private long bj;
    private long bj1;
    private KezhiPrincipal colleague;
    private KezhiPrincipal junior;
    private KezhiPrincipal stranger;
    private long ownerRole;

    @BeforeEach
    void organisation() {
        company = fixtures.company();
        bj = company.department("北京分公司", company.rootDepartment());
        bj1 = company.department("北京一部", bj);
        long sh = company.department("上海分公司", company.rootDepartment());
        ownerRole = company.role("记录员", all("memo", DataScope.OWN));
        colleague = company.user("colleague", bj, null, ownerRole);
        junior = company.user("junior", bj1, null, ownerRole);
        stranger = company.user("stranger", sh, null, ownerRole);
    }

    @ParameterizedTest
    @EnumSource(DataScope.class)
    void everyVerbReachesExactlyTheScope(DataScope scope) throws Exception {
        long role = company.role("范围 " + scope, all("memo", scope));
        KezhiPrincipal actor = company.user("actor", bj, null, role);
        long own = memo(actor, "own");
        long ofColleague = memo(colleague, "colleague");
        long ofJunior = memo(junior, "junior");
        long ofStranger = memo(stranger, "stranger");
        Set<Long> expected = switch (scope) {
            case OWN -> Set.of(own);
            case DEPARTMENT -> Set.of(own, ofColleague);
            case DEPARTMENT_TREE -> Set.of(own, ofColleague, ofJunior);
            case ALL -> Set.of(own, ofColleague, ofJunior, ofStranger);
        };
        List<Long> everything = List.of(own, ofColleague, ofJunior, ofStranger);

        assertThat(ids(get(actor, "/api/v1/test/memos?size=200").expect(200).body().get("items")))
                .as("list").isEqualTo(expected);
        assertThat(get(actor, "/api/v1/test/memos/count").expect(200).body().asLong())
                .as("SQL count").isEqualTo(expected.size());
        assertThat(ids(get(actor, "/api/v1/test/memos/export").expect(200).body()))
                .as("export").isEqualTo(expected);
        for (long id : everything) {
            int visible = expected.contains(id) ? 200 : 404;
            assertThat(get(actor, "/api/v1/test/memos/" + id).status()).as("detail %s", id).isEqualTo(visible);
            long version = version(id);
            assertThat(patch(actor, "/api/v1/test/memos/" + id, Map.of("title", "edited"), version).status())
                    .as("edit %s", id).isEqualTo(visible);
            assertThat(post(actor, "/api/v1/test/memos/" + id + "/assign", Map.of("ownerId", ownerOf(id)))
                    .status()).as("assign %s", id).isEqualTo(visible);
            assertThat(post(actor, "/api/v1/shares/memo/" + id,
                    Map.of("granteeType", "USER", "granteeId", colleague.userId(), "accessLevel", "READ")).status())
                    .as("share %s", id).isEqualTo(expected.contains(id) ? 201 : 404);
        }
        List<Long> outside = everything.stream().filter(id -> !expected.contains(id)).toList();
        JsonNode batch = post(actor, "/api/v1/test/memos/batch-delete", Map.of("ids", everything)).expect(200).body();
        assertThat(ids(batch.get("done"))).as("batch delete done").isEqualTo(expected);
        assertThat(ids(batch.get("refused"))).as("batch delete refused").isEqualTo(new HashSet<>(outside));
        for (long id : everything) {
            assertThat(get(company.admin(), "/api/v1/test/memos/" + id).status())
                    .as("after batch delete %s", id).isEqualTo(expected.contains(id) ? 404 : 200);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DataScope.class)
    void deleteBySingleIdFollowsTheDeleteScope(DataScope scope) throws Exception {
        long role = company.role("删除 " + scope, List.of(
                TestCompany.grant("memo", Operation.VIEW, DataScope.ALL),
                TestCompany.grant("memo", Operation.DELETE, scope)));
        KezhiPrincipal actor = company.user("deleter", bj, null, role);
        long ofJunior = memo(junior, "junior");
        boolean reaches = scope == DataScope.DEPARTMENT_TREE || scope == DataScope.ALL;
        assertThat(delete(actor, "/api/v1/test/memos/" + ofJunior).status()).isEqualTo(reaches ? 204 : 404);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"VIEW", "EDIT", "DELETE", "EXPORT", "ASSIGN", "SHARE"})
    void anOperationNoRoleGrantsIsForbidden(Operation missing) throws Exception {
        List<TestCompany.Grant> grants = new ArrayList<>();
        for (Operation op : Operation.values()) {
            if (op != missing) {
                grants.add(TestCompany.grant("memo", op, DataScope.ALL));
            }
        }
        KezhiPrincipal actor = company.user("partial", bj, null, company.role("缺 " + missing, grants));
        long id = memo(colleague, "target");
        long version = version(id);
        int status = switch (missing) {
            case VIEW -> get(actor, "/api/v1/test/memos/" + id).status();
            case EXPORT -> get(actor, "/api/v1/test/memos/export").status();
            case EDIT -> patch(actor, "/api/v1/test/memos/" + id, Map.of("title", "x"), version).status();
            case DELETE -> delete(actor, "/api/v1/test/memos/" + id).status();
            case ASSIGN -> post(actor, "/api/v1/test/memos/" + id + "/assign", Map.of("ownerId", actor.userId()))
                    .status();
            case SHARE -> post(actor, "/api/v1/shares/memo/" + id,
                    Map.of("granteeType", "USER", "granteeId", actor.userId(), "accessLevel", "READ")).status();
            default -> throw new IllegalArgumentException();
        };
        assertThat(status).isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(value = DataScope.class, names = {"OWN", "DEPARTMENT"})
    void creatingOrAssigningOutsideTheScopeIsForbidden(DataScope scope) throws Exception {
        KezhiPrincipal actor = company.user("creator", bj, null, company.role("建 " + scope, all("memo", scope)));
        assertThat(post(actor, "/api/v1/test/memos", Map.of("title", "for junior", "ownerId", junior.userId()))
                .status()).isEqualTo(403);
        long own = memo(actor, "mine");
        assertThat(post(actor, "/api/v1/test/memos/" + own + "/assign", Map.of("ownerId", stranger.userId()))
                .status()).isEqualTo(403);
        assertThat(get(company.admin(), "/api/v1/test/memos/" + own).body().get("ownerId").asLong())
                .isEqualTo(actor.userId());
    }

    private long memo(KezhiPrincipal owner, String title) throws Exception {
        return post(company.admin(), "/api/v1/test/memos", Map.of("title", title, "ownerId", owner.userId()))
                .expect(200).id();
    }

    private long version(long id) throws Exception {
        return get(company.admin(), "/api/v1/test/memos/" + id).expect(200).version();
    }

    private long ownerOf(long id) throws Exception {
        return get(company.admin(), "/api/v1/test/memos/" + id).expect(200).body().get("ownerId").asLong();
    }

    private static Set<Long> ids(JsonNode array) {
        Set<Long> ids = new HashSet<>();
        array.forEach(node -> ids.add(node.isNumber() ? node.asLong() : node.get("id").asLong()));
        return ids;
    }
}
