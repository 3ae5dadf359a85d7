package io.kezhi.crm.customer.importing;

import static io.kezhi.crm.testsupport.TestCompany.grant;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ImportSupport;
import io.kezhi.crm.testsupport.StatementCounter;
import io.kezhi.crm.testsupport.TestCompany;
import io.kezhi.crm.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Importing customers: values by label, row errors, dedupe policies, scope, all-or-nothing. */
class CustomerImportTest extends ImportSupport {

    @Autowired
    private StatementCounter counter;

    private TestCompany company;
    private KezhiPrincipal admin;
    private long sales;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
        admin = company.admin();
        sales = company.department("销售部", company.rootDepartment());
    }

    @Test
    void importedCustomersAreLikeCreatedOnes() throws Exception {
        KezhiPrincipal wang = company.user("wang", sales, null, company.adminRole());
        String file = "客户名称,客户类型,客户来源,行业,价值分类,状态,阶段,省市区,电话,邮箱,标签,负责人,积分\n"
                + "杭州天意华科技,企业客户,网络推广,Information technology,重要客户,活跃,Signed,浙江省/杭州市/西湖区,"
                + "138 0013 8000,Info@TYH.cn,\"VIP，老客户\",用户wang,12\n"
                + "北京龙腾,PERSON,referral,金融,,,,北京市/东城区,010-12345678,,,,\n";
        Response done = importAll(admin, "customers.csv", csv(file), "SKIP");
        assertThat(done.body().get("status").asString()).isEqualTo("DONE");
        assertThat(done.body().get("createdCount").asInt()).isEqualTo(2);
        assertThat(done.body().get("processedRows").asInt()).isEqualTo(2);
        assertThat(done.body().get("finishedAt").isNull()).isFalse();

        JsonNode tyh = customer(admin, "杭州天意华科技");
        assertThat(tyh.get("customerType").asString()).isEqualTo("COMPANY");
        assertThat(tyh.get("source").asString()).isEqualTo("online");
        assertThat(tyh.get("industry").asString()).isEqualTo("it");
        assertThat(tyh.get("valueClass").asString()).isEqualTo("MAJOR");
        assertThat(tyh.get("lifecycleStage").asString()).isEqualTo("SIGNED");
        assertThat(tyh.get("provinceCode").asString()).isEqualTo("330000");
        assertThat(tyh.get("cityCode").asString()).isEqualTo("330100");
        assertThat(tyh.get("districtCode").asString()).isEqualTo("330106");
        assertThat(tyh.get("phone").asString()).isEqualTo("+8613800138000");
        assertThat(tyh.get("email").asString()).isEqualTo("info@tyh.cn");
        assertThat(texts(tyh.get("tags"))).containsExactlyInAnyOrder("VIP", "老客户");
        assertThat(tyh.get("ownerId").asLong()).isEqualTo(wang.userId());
        assertThat(tyh.get("ownerDeptId").asLong()).isEqualTo(sales);
        assertThat(tyh.get("points").asLong()).isEqualTo(12);
        JsonNode longteng = customer(admin, "北京龙腾");
        assertThat(longteng.get("ownerId").asLong()).isEqualTo(admin.userId());
        assertThat(longteng.get("districtCode").asString()).isEqualTo("110101");
        long id = tyh.get("id").asLong();
        // found by phone like any customer, with its ownership timeline and audit history
        assertThat(get(admin, "/api/v1/customers?q=13800138000").body().get("items")).hasSize(1);
        assertThat(fixtures.jdbc().sql("SELECT COUNT(*) FROM customer_event WHERE customer_id = :id AND event_type = 'CREATED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("SELECT created_by FROM customer WHERE id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(admin.userId());
        Response history = get(admin, "/api/v1/history/customer/" + id).expect(200);
        assertThat(history.body().toString()).contains("杭州天意华科技");
    }

    @Test
    void badRowsAreReportedWithRowColumnAndMessageInEitherLanguage() throws Exception {
        String file = "客户名称,电话,价值分类,省市区,负责人,网址\n"
                + "甲,13800138002,重要客户,浙江省/杭州市,,\n"
                + "乙,13800138000,金牌客户,火星/首都,nobody,not a site\n"
                + "甲,13800138001,,,,\n"
                + "丙,12345,,,,\n";
        Response validated = validate(admin, "bad.csv", csv(file), "SKIP");
        assertThat(validated.body().get("status").asString()).isEqualTo("VALIDATED");
        List<String> zh = errors(validated.id(), "zh-CN");
        assertThat(validated.body().get("errorCount").asInt()).as(zh.toString()).isEqualTo(6);
        assertThat(zh).containsExactly(
                "3|价值分类|valueClass|“金牌客户”不是可选的值",
                "3|省市区|region|不是有效的行政区划，或与上级区划不匹配",
                "3|负责人|owner|找不到用户“nobody”（请填写在职用户的用户名或姓名）",
                "3|网址|website|不是有效的网址",
                "4|客户名称|name|与第 2 行重复",
                "5|电话|phone|不是有效的电话号码");
        List<String> en = errors(validated.id(), "en-US");
        assertThat(en.get(4)).isEqualTo("4|客户名称|name|Duplicate of row 2");
        assertThat(en.get(5)).isEqualTo("5|电话|phone|is not a valid phone number");
        Response page = get(admin, "/api/v1/imports/" + validated.id() + "/errors?page=2&size=4").expect(200);
        assertThat(page.body().get("items")).hasSize(2);
        assertThat(page.body().get("hasMore").asBoolean()).isFalse();
        assertThat(post(admin, "/api/v1/imports/" + validated.id() + "/commit", Map.of()).status()).isEqualTo(409);
        assertThat(get(admin, "/api/v1/customers?q=乙").body().get("items")).isEmpty();
    }

    @Test
    void aDuplicateIsReportedEvenWhenTheRowItRepeatsHasOtherErrors() throws Exception {
        String file = "客户名称,电话,价值分类\n甲,12345,\n乙,,金牌客户\n甲,13800138001,\n乙,,金牌客户\n丙,,\n";
        Response validated = validate(admin, "dup.csv", csv(file), "SKIP");
        assertThat(errors(validated.id(), "zh-CN")).containsExactly(
                "2|电话|phone|不是有效的电话号码",
                "3|价值分类|valueClass|“金牌客户”不是可选的值",
                "4|客户名称|name|与第 2 行重复",
                "5|价值分类|valueClass|“金牌客户”不是可选的值",
                "5|客户名称|name|与第 3 行重复");
    }

    @Test
    void namesMatchInAnyCaseWithinTheFileAndWithExistingCustomers() throws Exception {
        long existing = post(admin, "/api/v1/customers", Map.of("name", "Acme Trading Co.", "customerType", "COMPANY"))
                .expect(201).id();
        Response validated = validate(admin, "case.csv", csv("客户名称\nBlue Labs\nBLUE LABS\n"), "SKIP");
        assertThat(errors(validated.id(), "zh-CN")).containsExactly("3|客户名称|name|与第 2 行重复");
        Response skipped = importAll(admin, "case.csv", csv("客户名称,备注\nACME TRADING CO.,大写\nAcmé Trading Co.,重音\n"),
                "UPDATE");
        assertThat(counts(skipped)).containsExactly(1, 1, 0);
        assertThat(get(admin, "/api/v1/customers/" + existing).body().get("customer").get("remark").asString())
                .isEqualTo("大写");
    }

    @Test
    void dedupePoliciesSkipUpdateOrCreate() throws Exception {
        long existing = post(admin, "/api/v1/customers", Map.of("name", "老客户", "customerType", "COMPANY",
                "phone", "13900139000", "remark", "原备注", "address", "原地址")).expect(201).id();
        String file = "客户名称,电话,备注\n老客户,,新备注\n新客户,13700137000,\n,13900139000,按电话找到\n";

        Response skip = importAll(admin, "a.csv", csv(file.replace("\n,13900139000,按电话找到", "")), "SKIP");
        assertThat(counts(skip)).containsExactly(1, 0, 1);
        assertThat(get(admin, "/api/v1/customers/" + existing).body().get("customer").get("remark").asString())
                .isEqualTo("原备注");

        Response update = importAll(admin, "b.csv", csv(file.replace("新客户", "又一个新客户")), "UPDATE");
        assertThat(counts(update)).containsExactly(1, 2, 0);
        JsonNode updated = get(admin, "/api/v1/customers/" + existing).body().get("customer");
        assertThat(updated.get("remark").asString()).isEqualTo("按电话找到");
        assertThat(updated.get("address").asString()).isEqualTo("原地址");
        assertThat(updated.get("phone").asString()).isEqualTo("+8613900139000");

        Response create = importAll(admin, "c.csv", csv("客户名称\n老客户\n"), "CREATE");
        assertThat(counts(create)).containsExactly(1, 0, 0);
        assertThat(get(admin, "/api/v1/customers?q=老客户").body().get("items")).hasSize(2);
    }

    @Test
    void updatesReachOnlyCustomersTheImporterMayEdit() throws Exception {
        long own = company.role("本人", List.of(grant("customer", Operation.VIEW, DataScope.ALL),
                grant("customer", Operation.CREATE, DataScope.OWN), grant("customer", Operation.EDIT, DataScope.OWN),
                grant("customer", Operation.IMPORT, DataScope.OWN)));
        KezhiPrincipal li = company.user("li", sales, null, own);
        KezhiPrincipal zhao = company.user("zhao", company.department("市场部", company.rootDepartment()), null, own);
        post(admin, "/api/v1/customers", Map.of("name", "别人的客户", "customerType", "COMPANY")).expect(201);
        post(li, "/api/v1/customers", Map.of("name", "自己的客户", "customerType", "COMPANY")).expect(201);
        Response validated = validate(li, "u.csv", csv("客户名称,备注,负责人\n别人的客户,改,\n自己的客户,改,\n新的,,zhao\n"),
                "UPDATE");
        List<String> messages = errors(li, validated.id(), "zh-CN");
        assertThat(messages).containsExactly("2|客户名称|name|无权修改已有客户",
                "4|负责人|owner|负责人不在您新建客户权限的数据范围内");
        assertThat(validated.body().get("errorCount").asInt()).isEqualTo(2);
        Response ok = importAll(li, "v.csv", csv("客户名称,备注\n自己的客户,改了\n"), "UPDATE");
        assertThat(counts(ok)).containsExactly(0, 1, 0);
        assertThat(zhao.userId()).isPositive();
    }

    /**
     * Each run of an import (validation, commit) builds the importer's access profile once, however many
     * owners its rows name: each owner is checked against the same profile, not one loaded for each
     * question the check asks of it (four loads an owner, a run, before).
     */
    @Test
    void aRunBuildsTheImportersAccessProfileOnceForAllItsOwners() throws Exception {
        long manager = company.role("部门经理", List.of(grant("customer", Operation.VIEW, DataScope.DEPARTMENT),
                grant("customer", Operation.CREATE, DataScope.DEPARTMENT),
                grant("customer", Operation.IMPORT, DataScope.DEPARTMENT)));
        KezhiPrincipal head = company.user("head", sales, null, manager);
        StringBuilder file = new StringBuilder("客户名称,负责人\n");
        for (String owner : List.of("zhou", "wu", "zheng", "feng")) {
            company.user(owner, sales, null, company.adminRole());
            file.append(owner).append("的客户,").append(owner).append('\n');
        }
        StatementCounter.Counted<Response> done = counter.countOnEveryThread(
                () -> importAll(head, "owners.csv", csv(file.toString()), "SKIP"));
        assertThat(counts(done.value())).containsExactly(4, 0, 0);
        long profileLoads = done.statements().stream().filter(q -> q.contains("FROM user_role")).count();
        assertThat(profileLoads).as("access profiles built: one a run, at most one more for the requests")
                .isBetween(2L, 3L);
    }

    /**
     * The count of rows done is committed without waiting for the disk on PostgreSQL (beside a commit's
     * open transaction it would wait for all the log the import has written); the outcome is not.
     */
    @Test
    void progressIsCommittedWithoutWaitingForTheDiskAndTheOutcomeIsNot() throws Exception {
        StatementCounter.Counted<Response> done = counter.countOnEveryThread(
                () -> importAll(admin, "progress.csv", csv("客户名称\n甲\n乙\n丙\n"), "SKIP"));
        assertThat(counts(done.value())).containsExactly(3, 0, 0);
        long progress = done.statements().stream().filter(q -> q.contains("SET processed_rows")).count();
        long outcomes = done.statements().stream().filter(q -> q.contains("SET status")).count();
        long asynchronous = done.statements().stream().filter(q -> q.contains("synchronous_commit = off")).count();
        assertThat(progress).isPositive();
        assertThat(outcomes).as("validated, done").isEqualTo(2);
        assertThat(asynchronous).isEqualTo(TestDatabase.kind() == TestDatabase.Kind.MARIADB ? 0 : progress);
    }

    @Test
    void aFailureWhileCommittingWritesNothing() throws Exception {
        KezhiPrincipal chen = company.user("chen", sales, null, company.adminRole());
        String file = "客户名称,负责人\n第一家,\n第二家,\n第三家,chen\n";
        Response validated = validate(admin, "all.csv", csv(file), "SKIP");
        assertThat(validated.body().get("errorCount").asInt()).isZero();
        // between validation and commit the owner of row 4 leaves the company (batches of two rows in tests:
        // rows 2-3 are written before row 4 fails)
        long version = get(admin, "/api/v1/users/" + chen.userId()).expect(200).version();
        post(admin, "/api/v1/users/" + chen.userId() + "/status", Map.of("status", "DISABLED", "version", version))
                .expect(200);
        post(admin, "/api/v1/imports/" + validated.id() + "/commit", Map.of()).expect(202);
        Response failed = await(admin, validated.id());
        assertThat(failed.body().get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.body().get("failure").asString()).contains("第 4 行");
        assertThat(failed.body().get("createdCount").asInt()).isZero();
        assertThat(get(admin, "/api/v1/customers?q=第").body().get("items")).isEmpty();
        assertThat(errors(validated.id(), "zh-CN")).singleElement().asString().startsWith("4|负责人|owner|");
    }

    private List<Integer> counts(Response job) {
        assertThat(job.body().get("status").asString()).isEqualTo("DONE");
        return List.of(job.body().get("createdCount").asInt(), job.body().get("updatedCount").asInt(),
                job.body().get("skippedCount").asInt());
    }

    private JsonNode customer(KezhiPrincipal user, String name) throws Exception {
        JsonNode items = get(user, "/api/v1/customers?q=" + name).expect(200).body().get("items");
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("No customer " + name + " in " + items);
    }

    private List<String> errors(long job, String language) throws Exception {
        return errors(admin, job, language);
    }

    private List<String> errors(KezhiPrincipal user, long job, String language) throws Exception {
        Response response = call(user, MockMvcRequestBuilders.get("/api/v1/imports/" + job + "/errors?size=50")
                .header("Accept-Language", language)).expect(200);
        List<String> out = new ArrayList<>();
        response.body().get("items").forEach(e -> out.add(e.get("row").asInt() + "|" + e.get("column").asString()
                + "|" + e.get("field").asString() + "|" + e.get("message").asString()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
