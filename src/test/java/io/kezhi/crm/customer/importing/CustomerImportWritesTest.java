package io.kezhi.crm.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.account.TagDigests;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.testsupport.ImportSupport;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the import writes with SQL is what the API writes through Hibernate and Envers: the same
 * rows in customer, customer_tag, phone_lookup, customer_event, customer_aud and customer_tag_aud;
 * a history read through the API; ids that never collide with Hibernate's; updates that bump the
 * version and record what changed; nothing at all when the commit fails late.
 */
class CustomerImportWritesTest extends ImportSupport {

    private static final String FIELDS = "name,customerType,source,industry,valueClass,relationshipLevel,status,"
            + "lifecycleStage,region,address,staffSize,phone,phone2,email,website,idNumber,membershipNo,points,tags,"
            + "owner,remark";

    private TestCompany company;
    private KezhiPrincipal admin;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
        admin = company.admin();
    }

    @Test
    void anImportedCustomerIsStoredExactlyLikeOneCreatedThroughTheApi() throws Exception {
        long sales = company.department("销售部", company.rootDepartment());
        KezhiPrincipal wang = company.user("wang", sales, null, company.adminRole());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "对照客户甲");
        request.put("customerType", "COMPANY");
        request.put("source", "online");
        request.put("industry", "it");
        request.put("valueClass", "MAJOR");
        request.put("relationshipLevel", "good");
        request.put("status", "NORMAL");
        request.put("lifecycleStage", "SIGNED");
        request.put("provinceCode", "330000");
        request.put("cityCode", "330100");
        request.put("districtCode", "330106");
        request.put("address", "文三路 1 号");
        request.put("staffSize", "s21_100");
        request.put("phone", "13800138000");
        request.put("phone2", "0571-87654321");
        request.put("email", "a@tyh.cn");
        request.put("website", "www.tyh.cn");
        request.put("idNumber", "11010519491231002X");
        request.put("membershipNo", "M-1");
        request.put("points", 12);
        request.put("tags", List.of("VIP", "老客户"));
        request.put("ownerId", wang.userId());
        request.put("remark", "第一行\n第二行\t制表 \\N 反斜杠");
        long viaApi = post(admin, "/api/v1/customers", request).expect(201).id();
        Response done = importAll(admin, "same.csv", csv(FIELDS + "\n对照客户乙,企业客户,网络推广,信息技术,重要客户,良好,一般,"
                + "Signed,浙江省/杭州市/西湖区,文三路 1 号,21-100 人,138 0013 8001,0571-87654322,A@TYH.cn,www.tyh.cn,"
                + "11010519491231002X,M-1,12,\"VIP,老客户\",wang,\"第一行\n第二行\t制表 \\N 反斜杠\"\n"), "SKIP");
        assertThat(done.body().get("createdCount").asInt()).isEqualTo(1);
        long imported = idOf("对照客户乙");

        Set<String> differing = Set.of("id", "name", "name_pinyin", "name_initials", "phone", "phone2", "created_at",
                "updated_at", "owned_since");
        assertThat(without(row("SELECT * FROM customer WHERE id = :id", imported), differing))
                .isEqualTo(without(row("SELECT * FROM customer WHERE id = :id", viaApi), differing));
        Map<String, Object> customer = row("SELECT * FROM customer WHERE id = :id", imported);
        assertThat(customer.get("name_pinyin")).isEqualTo(Pinyin.of("对照客户乙").full());
        assertThat(customer.get("name_initials")).isEqualTo("dzkhy");
        assertThat(customer.get("phone")).isEqualTo("+8613800138001");
        assertThat(customer.get("remark")).isEqualTo("第一行\n第二行\t制表 \\N 反斜杠");
        assertThat(customer.get("tag_digests")).isEqualTo(TagDigests.of(List.of("VIP", "老客户")));
        assertThat(((Number) customer.get("version")).longValue()).isZero();
        assertThat(((Number) customer.get("created_by")).longValue()).isEqualTo(admin.userId());
        assertThat(((Number) customer.get("owner_dept_id")).longValue()).isEqualTo(sales);

        Set<String> auditDiffering = Set.of("id", "rev", "name", "phone", "phone2");
        assertThat(without(row("SELECT * FROM customer_aud WHERE id = :id", imported), auditDiffering))
                .isEqualTo(without(row("SELECT * FROM customer_aud WHERE id = :id", viaApi), auditDiffering));
        assertThat(strings("SELECT tag FROM customer_tag WHERE customer_id = :id", imported))
                .isEqualTo(strings("SELECT tag FROM customer_tag WHERE customer_id = :id", viaApi));
        assertThat(strings("SELECT CONCAT(revtype, '/', tag) FROM customer_tag_aud WHERE customer_id = :id", imported))
                .isEqualTo(strings("SELECT CONCAT(revtype, '/', tag) FROM customer_tag_aud WHERE customer_id = :id",
                        viaApi))
                .containsExactly("0/VIP", "0/老客户");
        assertThat(strings("SELECT digits FROM phone_lookup WHERE customer_id = :id", imported))
                .containsExactly("13800138001", "57187654322");
        Set<String> eventDiffering = Set.of("id", "customer_id", "occurred_at");
        assertThat(without(row("SELECT * FROM customer_event WHERE customer_id = :id", imported), eventDiffering))
                .isEqualTo(without(row("SELECT * FROM customer_event WHERE customer_id = :id", viaApi),
                        eventDiffering));
        Map<String, Object> revision = row("SELECT r.* FROM audit_revision r JOIN customer_aud a ON a.rev = r.id"
                + " WHERE a.id = :id", imported);
        assertThat(((Number) revision.get("user_id")).longValue()).isEqualTo(admin.userId());
        assertThat(((Number) revision.get("tenant_id")).longValue()).isEqualTo(company.id());
        assertThat(revision.get("user_name")).isEqualTo("管理员");
    }

    @Test
    void historyShowsImportedCreationsAndUpdatesByTheImporter() throws Exception {
        Response done = importAll(admin, "new.csv", csv("客户名称,备注,标签\n历史客户,初始备注,\"甲,乙\"\n"), "SKIP");
        assertThat(done.body().get("createdCount").asInt()).isEqualTo(1);
        long id = idOf("历史客户");
        importAll(admin, "update.csv", csv("客户名称,备注,标签\n历史客户,改过的备注,\"乙,丙\"\n"), "UPDATE");

        JsonNode entries = get(admin, "/api/v1/history/customer/" + id).expect(200).body().get("items");
        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("userId").asLong()).isEqualTo(admin.userId());
        assertThat(update.get("userName").asString()).isEqualTo("管理员");
        Map<String, String> changes = new TreeMap<>();
        update.get("changes").forEach(c -> changes.put(c.get("field").asString(),
                c.get("before").toString() + " -> " + c.get("after").toString()));
        assertThat(changes).containsOnlyKeys("remark", "tags");
        assertThat(changes.get("remark")).isEqualTo("\"初始备注\" -> \"改过的备注\"");
        assertThat(changes.get("tags")).isEqualTo("[\"乙\",\"甲\"] -> [\"丙\",\"乙\"]");
        JsonNode creation = entries.get(1);
        assertThat(creation.get("action").asString()).isEqualTo("CREATE");
        assertThat(creation.get("userId").asLong()).isEqualTo(admin.userId());

        Map<String, Object> customer = row("SELECT * FROM customer WHERE id = :id", id);
        assertThat(((Number) customer.get("version")).longValue()).isEqualTo(1);
        assertThat(((Number) customer.get("updated_by")).longValue()).isEqualTo(admin.userId());
        assertThat(strings("SELECT tag FROM customer_tag WHERE customer_id = :id", id)).containsExactly("丙", "乙");
        assertThat(customer.get("tag_digests")).isEqualTo(TagDigests.of(List.of("乙", "丙")));
        long version = get(admin, "/api/v1/customers/" + id).expect(200).body().get("customer").get("version").asLong();
        assertThat(version).isEqualTo(1);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothingAndAChangedPhoneIsIndexedAgain() throws Exception {
        importAll(admin, "new.csv", csv("客户名称,电话,备注\n不变客户,13800138000,同样\n变号客户,13800138001,\n"), "SKIP");
        long same = idOf("不变客户");
        long moved = idOf("变号客户");
        Response update = importAll(admin, "update.csv",
                csv("客户名称,电话,备注\n不变客户,138 0013 8000,同样\n变号客户,13900139000,\n"), "UPDATE");
        assertThat(update.body().get("updatedCount").asInt()).isEqualTo(2);
        assertThat(strings("SELECT CONCAT(version, '') FROM customer WHERE id = :id", same)).containsExactly("0");
        assertThat(strings("SELECT CONCAT(revtype, '') FROM customer_aud WHERE id = :id", same)).containsExactly("0");
        assertThat(strings("SELECT CONCAT(revtype, '') FROM customer_aud WHERE id = :id", moved))
                .containsExactly("0", "1");
        assertThat(strings("SELECT digits FROM phone_lookup WHERE customer_id = :id", moved))
                .containsExactly("13900139000");
        assertThat(get(admin, "/api/v1/customers?q=13900139000").body().get("items")).hasSize(1);
        assertThat(get(admin, "/api/v1/customers?q=13800138001").body().get("items")).isEmpty();
    }

    @Test
    void idsOfImportedCustomersNeverCollideWithThoseHibernateHandsOut() throws Exception {
        StringBuilder file = new StringBuilder("客户名称\n");
        for (int i = 0; i < 7; i++) {
            file.append("导入客户").append(i).append('\n');
        }
        importAll(admin, "ids.csv", csv(file.toString()), "SKIP");
        Set<Long> ids = new HashSet<>(fixtures.jdbc().sql("SELECT id FROM customer WHERE tenant_id = :t")
                .param("t", company.id()).query(Long.class).list());
        for (int i = 0; i < 60; i++) {
            ids.add(post(admin, "/api/v1/customers", Map.of("name", "接口客户" + i, "customerType", "COMPANY"))
                    .expect(201).id());
        }
        importAll(admin, "more.csv", csv(file.toString().replace("导入", "再导入")), "SKIP");
        ids.addAll(fixtures.jdbc().sql("SELECT id FROM customer WHERE tenant_id = :t").param("t", company.id())
                .query(Long.class).list());
        assertThat(ids).hasSize(74);
        List<Long> eventIds = fixtures.jdbc().sql("SELECT id FROM customer_event WHERE tenant_id = :t")
                .param("t", company.id()).query(Long.class).list();
        assertThat(new HashSet<>(eventIds)).hasSize(74);
    }

    @Test
    void aLateFailureLeavesNoCustomerTagIndexEventOrHistoryBehind() throws Exception {
        KezhiPrincipal chen = company.user("chen", company.rootDepartment(), null, company.adminRole());
        Response validated = validate(admin, "all.csv", csv("客户名称,电话,标签,负责人\n第一家,13800138000,甲,\n"
                + "第二家,13800138001,乙,\n第三家,13800138002,丙,chen\n"), "SKIP");
        long version = get(admin, "/api/v1/users/" + chen.userId()).expect(200).version();
        post(admin, "/api/v1/users/" + chen.userId() + "/status", Map.of("status", "DISABLED", "version", version))
                .expect(200);
        long revisionsBefore = count("SELECT COUNT(*) FROM audit_revision WHERE tenant_id = :t");
        post(admin, "/api/v1/imports/" + validated.id() + "/commit", Map.of()).expect(202);
        assertThat(await(admin, validated.id()).body().get("status").asString()).isEqualTo("FAILED");
        assertThat(count("SELECT COUNT(*) FROM customer WHERE tenant_id = :t")).isZero();
        assertThat(count("SELECT COUNT(*) FROM phone_lookup WHERE tenant_id = :t")).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer_event WHERE tenant_id = :t")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_revision WHERE tenant_id = :t")).isEqualTo(revisionsBefore);
    }

    private long idOf(String name) {
        return fixtures.jdbc().sql("SELECT id FROM customer WHERE tenant_id = :t AND name = :n")
                .param("t", company.id()).param("n", name).query(Long.class).single();
    }

    private long count(String sql) {
        return fixtures.jdbc().sql(sql).param("t", company.id()).query(Long.class).single();
    }

    private Map<String, Object> row(String sql, long id) {
        Map<String, Object> row = new HashMap<>();
        fixtures.jdbc().sql(sql).param("id", id).query().singleRow()
                .forEach((column, value) -> row.put(column.toLowerCase(java.util.Locale.ROOT), value));
        return row;
    }

    private List<String> strings(String sql, long id) {
        List<String> values = new ArrayList<>(fixtures.jdbc().sql(sql).param("id", id).query(String.class).list());
        values.sort(null);
        return values;
    }

    private static Map<String, Object> without(Map<String, Object> row, Set<String> columns) {
        Map<String, Object> kept = new TreeMap<>(row);
        kept.keySet().removeAll(columns);
        return kept;
    }
}
