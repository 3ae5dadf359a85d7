package io.kezhi.crm.dataexchange;

import static io.kezhi.crm.testsupport.TestCompany.grant;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.dataexchange.job.ImportJobService;
import io.kezhi.crm.dataexchange.job.ImportViews;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ImportSupport;
import io.kezhi.crm.shared.spi.DedupePolicy;
import io.kezhi.crm.testsupport.TestCompany;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploading, mapping and following import jobs: formats, encodings, bad files, mappings, ownership. */
class ImportJobTest extends ImportSupport {

    @Autowired
    private ImportJobService jobService;

    @Autowired
    private TransactionTemplate transactions;

    private TestCompany company;
    private KezhiPrincipal admin;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
        admin = company.admin();
    }

    @Test
    void utf8CsvWithBomIsReadWithHeadersSampleAndAProposedMapping() throws Exception {
        byte[] file = concat(BOM, csv("客户名称,联系电话,备注列\n杭州天意华,13800138000,老客户\n宁波海通,0574-87654321,\n"));
        Response uploaded = upload(admin, "客户.csv", file).expect(201);
        assertThat(uploaded.raw().getHeader("Location")).isEqualTo("/api/v1/imports/" + uploaded.id());
        assertThat(uploaded.body().get("status").asString()).isEqualTo("UPLOADED");
        assertThat(uploaded.body().get("fileName").asString()).isEqualTo("客户.csv");
        assertThat(uploaded.body().get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(texts(uploaded.body().get("headers"))).containsExactly("客户名称", "联系电话", "备注列");
        assertThat(texts(uploaded.body().get("sampleRows").get(0))).containsExactly("杭州天意华", "13800138000", "老客户");
        assertThat(uploaded.body().get("mapping").get("客户名称").asString()).isEqualTo("name");
        assertThat(uploaded.body().get("mapping").get("联系电话").asString()).isEqualTo("phone");
        assertThat(uploaded.body().get("mapping").get("备注列").isNull()).isTrue();
    }

    @Test
    void gbkCsvFromExcelIsDetectedAndImported() throws Exception {
        byte[] file = csv("客户名称,电话\n北京龙腾商贸,010-12345678\n", Charset.forName("GB18030"));
        Response uploaded = upload(admin, "gbk.csv", file).expect(201);
        assertThat(uploaded.body().get("encoding").asString()).isEqualTo("GB18030");
        assertThat(texts(uploaded.body().get("headers"))).containsExactly("客户名称", "电话");
        Response done = importAll(admin, "gbk.csv", file, "SKIP");
        assertThat(done.body().get("status").asString()).isEqualTo("DONE");
        assertThat(done.body().get("createdCount").asInt()).isEqualTo(1);
        assertThat(get(admin, "/api/v1/customers?q=龙腾").body().get("items").get(0).get("name").asString())
                .isEqualTo("北京龙腾商贸");
    }

    @Test
    void anEncodingCanBeChosenForCsvOnly() throws Exception {
        byte[] gbk = csv("客户名称\n北京龙腾商贸\n", Charset.forName("GB18030"));
        long job = upload(admin, "gbk.csv", gbk).expect(201).id();
        Response unknown = call(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/imports/" + job + "/mapping").contentType("application/json")
                .content(toJson(Map.of("mapping", Map.of("客户名称", "name"), "dedupePolicy", "SKIP",
                        "encoding", "NO-SUCH-CHARSET"))));
        assertThat(unknown.errorFields()).containsExactly("encoding");
        Response chosen = call(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/imports/" + job + "/mapping").contentType("application/json")
                .content(toJson(Map.of("mapping", Map.of("客户名称", "name"), "dedupePolicy", "SKIP",
                        "encoding", "GBK")))).expect(200);
        assertThat(chosen.body().get("encoding").asString()).isEqualTo("GBK");
        assertThat(await(admin, job).body().get("errorCount").asInt()).isZero();
        byte[] book = xlsx(List.of(List.of("Name"), List.of("甲")));
        long xlsxJob = upload(admin, "b.xlsx", book).expect(201).id();
        Response refused = call(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/imports/" + xlsxJob + "/mapping").contentType("application/json")
                .content(toJson(Map.of("mapping", Map.of("Name", "name"), "dedupePolicy", "SKIP",
                        "encoding", "GBK"))));
        assertThat(refused.errorFields()).containsExactly("encoding");
    }

    @Test
    void xlsxIsImportedAndAFormulaCellIsARowError() throws Exception {
        byte[] file = xlsx(List.of(List.of("Name", "Phone", "Remark"), List.of("甲公司", "13800138001", "x"),
                List.of("乙公司", "13800138002", "=1+1")));
        Response uploaded = upload(admin, "book.xlsx", file).expect(201);
        assertThat(uploaded.body().get("encoding").isNull()).isTrue();
        assertThat(uploaded.body().get("mapping").get("Name").asString()).isEqualTo("name");
        Response validated = validate(admin, "book.xlsx", file, "SKIP");
        assertThat(validated.body().get("status").asString()).isEqualTo("VALIDATED");
        assertThat(validated.body().get("totalRows").asInt()).isEqualTo(2);
        assertThat(validated.body().get("errorCount").asInt()).isEqualTo(1);
        Response errors = get(admin, "/api/v1/imports/" + validated.id() + "/errors").expect(200);
        assertThat(errors.body().get("items")).hasSize(1);
        var error = errors.body().get("items").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("Remark");
        assertThat(error.get("message").asString()).contains("公式单元格不能导入");
        Response commit = post(admin, "/api/v1/imports/" + validated.id() + "/commit", Map.of());
        assertThat(commit.status()).isEqualTo(409);
    }

    @Test
    void ofTwoMappingCallsAtOnceTheSecondWaitsAndIsRefused() throws Exception {
        long job = upload(admin, "a.csv", csv("客户名称\n甲\n")).expect(201).id();
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        Thread first = new Thread(() -> TestCompany.as(admin, () -> transactions.execute(status -> {
            jobService.map(job, new ImportViews.SaveImportMapping(Map.of("客户名称", "name"), DedupePolicy.SKIP, null));
            firstSaved.countDown();
            await(finishFirst);
            return null;
        })));
        first.start();
        assertThat(firstSaved.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> {
            try {
                return map(admin, job, Map.of("客户名称", "name"), "UPDATE");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(second).as("the second call waits for the first to finish").isNotDone();
        finishFirst.countDown();
        first.join();
        Response refused = second.get(30, TimeUnit.SECONDS);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().toString()).contains("不能再修改列对应关系");
        assertThat(await(admin, job).body().get("dedupePolicy").asString()).isEqualTo("SKIP");
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWithAClearMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Response image = upload(admin, "customers.csv", png);
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.errorFields()).containsExactly("file");
        assertThat(image.body().get("errors").get(0).get("message").asString()).contains("不是 CSV 或 Excel");
        byte[] random = new byte[2048];
        new Random(1).nextBytes(random);
        assertThat(upload(admin, "data.xlsx", random).errorFields()).containsExactly("file");
        Response empty = upload(admin, "empty.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("file");
        Response headerOnly = upload(admin, "header.csv", csv("客户名称,电话\n"), "en-US");
        assertThat(headerOnly.status()).isEqualTo(400);
        assertThat(headerOnly.body().get("errors").get(0).get("message").asString()).contains("no data rows");
        StringBuilder many = new StringBuilder("客户名称\n");
        for (int i = 0; i < 51; i++) {
            many.append("客户").append(i).append('\n');
        }
        Response tooMany = upload(admin, "many.csv", csv(many.toString()));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().get("errors").get(0).get("message").asString()).contains("50");
        byte[] huge = new byte[300 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Response tooLarge = upload(admin, "huge.csv", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorFields()).containsExactly("file");
        assertThat(get(admin, "/api/v1/imports?target=customers").body()).isEmpty();
    }

    @Test
    void mappingsAreCheckedAndRememberedForTheSameHeaders() throws Exception {
        byte[] file = csv("公司,手机号码,城市名\n甲,13800138000,杭州\n");
        Response first = upload(admin, "a.csv", file).expect(201);
        Map<String, String> noName = new LinkedHashMap<>();
        noName.put("手机号码", "phone");
        Response missing = map(admin, first.id(), noName, "SKIP");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("mapping");
        assertThat(missing.body().get("errors").get(0).get("message").asString()).contains("客户名称");
        Response twice = map(admin, first.id(), Map.of("公司", "name", "手机号码", "phone", "城市名", "phone"), "SKIP");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorFields()).containsExactly("mapping");
        Response unknown = map(admin, first.id(), Map.of("公司", "name", "手机号码", "salary"), "SKIP");
        assertThat(unknown.errorFields()).containsExactly("mapping");
        Response ok = map(admin, first.id(), Map.of("公司", "name", "手机号码", "phone", "城市名", "city"), "UPDATE")
                .expect(200);
        assertThat(ok.body().get("status").asString()).isEqualTo("VALIDATING");
        assertThat(await(admin, first.id()).body().get("dedupePolicy").asString()).isEqualTo("UPDATE");

        Response second = upload(admin, "b.csv", csv("城市名,公司,手机号码\n宁波,乙,13800138001\n")).expect(201);
        assertThat(second.body().get("mapping").get("公司").asString()).isEqualTo("name");
        assertThat(second.body().get("mapping").get("手机号码").asString()).isEqualTo("phone");
        assertThat(second.body().get("mapping").get("城市名").asString()).isEqualTo("city");
        KezhiPrincipal other = importer("other");
        Response fresh = upload(other, "c.csv", file).expect(201);
        assertThat(fresh.body().get("mapping").get("城市名").isNull()).isTrue();
    }

    @Test
    void hiddenFieldsCannotBeMappedAndAreNotOffered() throws Exception {
        long role = company.role("不看电话", List.of(grant("customer", Operation.VIEW, DataScope.ALL),
                grant("customer", Operation.CREATE, DataScope.ALL), grant("customer", Operation.IMPORT, DataScope.ALL)),
                List.of(new TestCompany.FieldRule("customer", "phone", FieldAccess.HIDDEN)));
        KezhiPrincipal user = company.user("nophone", company.rootDepartment(), null, role);
        Response fields = get(user, "/api/v1/imports/targets/customers/fields").expect(200);
        List<String> keys = new java.util.ArrayList<>();
        fields.body().forEach(f -> keys.add(f.get("key").asString()));
        assertThat(keys).contains("name", "owner", "region").doesNotContain("phone");
        assertThat(fields.body().get(0).get("label").asString()).isEqualTo("客户名称");
        assertThat(fields.body().get(0).get("required").asBoolean()).isTrue();
        Response uploaded = upload(user, "a.csv", csv("客户名称,电话\n甲,13800138000\n")).expect(201);
        assertThat(uploaded.body().get("mapping").get("电话").isNull()).isTrue();
        Response refused = map(user, uploaded.id(), Map.of("客户名称", "name", "电话", "phone"), "SKIP");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("mapping");
    }

    @Test
    void onlyTheCreatorSeesAndActsOnAJobAndImportNeedsThePermission() throws Exception {
        Response uploaded = upload(admin, "a.csv", csv("客户名称\n甲\n")).expect(201);
        String url = "/api/v1/imports/" + uploaded.id();
        KezhiPrincipal other = importer("colleague");
        assertThat(get(other, url).status()).isEqualTo(404);
        assertThat(get(other, url + "/errors").status()).isEqualTo(404);
        assertThat(map(other, uploaded.id(), Map.of("客户名称", "name"), "SKIP").status()).isEqualTo(404);
        assertThat(post(other, url + "/commit", Map.of()).status()).isEqualTo(404);
        assertThat(delete(other, url).status()).isEqualTo(404);
        KezhiPrincipal stranger = fixtures.company().admin();
        assertThat(get(stranger, url).status()).isEqualTo(404);
        long viewer = company.role("只看", List.of(grant("customer", Operation.VIEW, DataScope.ALL)));
        KezhiPrincipal noImport = company.user("viewer", company.rootDepartment(), null, viewer);
        assertThat(upload(noImport, "a.csv", csv("客户名称\n甲\n")).status()).isEqualTo(403);
        assertThat(get(noImport, "/api/v1/imports/targets/customers/fields").status()).isEqualTo(403);
        assertThat(get(admin, "/api/v1/imports/targets/nothing/fields").status()).isEqualTo(404);

        assertThat(get(admin, "/api/v1/imports?target=customers").body()).hasSize(1);
        delete(admin, url).expect(204);
        assertThat(get(admin, url).status()).isEqualTo(404);
        assertThat(get(admin, "/api/v1/imports").body()).isEmpty();
    }

    @Test
    void theErrorReportIsADownloadableCsvInTheCallersLanguage() throws Exception {
        Response validated = validate(admin, "bad.csv", csv("客户名称,电话,客户类型\n甲,123,企业客户\n,,\n乙,13800138000,火星人\n"),
                "SKIP");
        assertThat(validated.body().get("errorCount").asInt()).isEqualTo(2);
        MvcResult report = download(admin, "/api/v1/imports/" + validated.id() + "/errors.csv", "en-US");
        assertThat(report.getResponse().getStatus()).isEqualTo(200);
        assertThat(report.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''bad-errors.csv");
        byte[] bytes = report.getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Row,Column,Field,Problem\r\n");
        assertThat(text).contains("2,电话,Phone,is not a valid phone number");
        assertThat(text).contains("4,客户类型,Customer type,\"\"\"火星人\"\" is not one of the values to choose from\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KezhiPrincipal importer(String username) {
        long role = company.role("导入" + username, List.of(grant("customer", Operation.VIEW, DataScope.ALL),
                grant("customer", Operation.CREATE, DataScope.ALL), grant("customer", Operation.EDIT, DataScope.ALL),
                grant("customer", Operation.IMPORT, DataScope.ALL)));
        return company.user(username, company.rootDepartment(), null, role);
    }

    private static List<String> texts(tools.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
