package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every kind of bad input gets a clear 4xx naming the field, in the caller's language, and writes nothing. */
class BadInputTest extends ApiTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
    }

    private long userCount() {
        return fixtures.jdbc().sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :t").param("t", company.id())
                .query(Long.class).single();
    }

    @Test
    void missingAndMalformedFieldsAreNamed() throws Exception {
        long before = userCount();
        Response missing = post(company.admin(), "/api/v1/users", Map.of("username", "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("code").asString()).isEqualTo("validation");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("username", "displayName", "password",
                "departmentId");
        Map<String, Object> bad = new HashMap<>(Map.of("username", "ok-name", "displayName", "张三",
                "password", "Passw0rd!", "departmentId", company.rootDepartment()));
        bad.put("email", "not-an-email");
        bad.put("locale", "fr-FR");
        Response malformed = post(company.admin(), "/api/v1/users", bad);
        assertThat(malformed.errorFields()).containsExactlyInAnyOrder("email", "locale");
        bad.put("email", "ok@kezhi.io");
        bad.put("locale", "zh-CN");
        bad.put("mobile", "12345");
        assertThat(post(company.admin(), "/api/v1/users", bad).errorFields()).containsExactly("mobile");
        bad.put("mobile", "138 0013 8000");
        bad.put("password", "short");
        assertThat(post(company.admin(), "/api/v1/users", bad).errorFields()).containsExactly("password");
        assertThat(userCount()).isEqualTo(before);
        bad.put("password", "Passw0rd!");
        Response created = post(company.admin(), "/api/v1/users", bad).expect(201);
        assertThat(created.body().get("mobile").asString()).as("stored as E.164").isEqualTo("+8613800138000");
    }

    @Test
    void overLongStringsAreRefused() throws Exception {
        Response tooLong = post(company.admin(), "/api/v1/departments",
                Map.of("parentId", company.rootDepartment(), "name", "部".repeat(65)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("name");
        assertThat(tooLong.body().get("errors").get(0).get("message").asString()).contains("64");
    }

    @Test
    void messagesFollowAcceptLanguage() throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/departments").with(as(company.admin()))
                .header("Accept-Language", "en-US").contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": " + company.rootDepartment() + "}")).andReturn();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body).contains("\"field\":\"name\"").contains("must not be empty").contains("The request is not valid");
        Response chinese = post(company.admin(), "/api/v1/departments", Map.of("parentId", company.rootDepartment()));
        assertThat(chinese.body().get("errors").get(0).get("message").asString()).isEqualTo("不能为空");
        for (String english : new String[] {"en", "en-GB,en;q=0.9", "fr-FR,en;q=0.5"}) {
            String other = mvc.perform(MockMvcRequestBuilders.post("/api/v1/departments").with(as(company.admin()))
                    .header("Accept-Language", english).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"parentId\": " + company.rootDepartment() + "}")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(other).as(english).contains("must not be empty");
        }
        String taiwan = mvc.perform(MockMvcRequestBuilders.post("/api/v1/departments").with(as(company.admin()))
                .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": " + company.rootDepartment() + "}")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(taiwan).contains("不能为空");
    }

    @Test
    void brokenJsonUnknownPropertiesAndWrongTypesAreNamed() throws Exception {
        Response broken = call(company.admin(), MockMvcRequestBuilders.post("/api/v1/departments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": 1, \"name\": "));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("code").asString()).isEqualTo("unreadable");
        Response unknown = post(company.admin(), "/api/v1/departments",
                Map.of("parentId", company.rootDepartment(), "name", "x", "colour", "red"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("colour");
        Response wrongType = post(company.admin(), "/api/v1/departments", Map.of("parentId", "abc", "name", "x"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("parentId");
        Response badPath = get(company.admin(), "/api/v1/users/not-a-number");
        assertThat(badPath.status()).isEqualTo(400);
    }

    @Test
    void listParametersAreChecked() throws Exception {
        Response sort = get(company.admin(), "/api/v1/users?sort=passwordHash,asc");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.errorFields()).containsExactly("sort");
        assertThat(sort.body().get("errors").get(0).get("message").asString()).contains("passwordHash")
                .contains("displayName");
        assertThat(get(company.admin(), "/api/v1/users?size=201").errorFields()).containsExactly("size");
        assertThat(get(company.admin(), "/api/v1/users?page=0").errorFields()).containsExactly("page");
        assertThat(get(company.admin(), "/api/v1/users?page=10737419&size=200&total=true").errorFields())
                .as("an offset beyond an int").containsExactly("page");
        assertThat(get(company.admin(), "/api/v1/users?sort=displayName,sideways").errorFields())
                .containsExactly("sort");
        assertThat(get(company.admin(), "/api/v1/users?status=HAPPY").errorFields()).containsExactly("status");
        Response ok = get(company.admin(), "/api/v1/users?size=200&sort=displayName,desc&total=true").expect(200);
        assertThat(ok.body().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownIdsAndVersions() throws Exception {
        assertThat(get(company.admin(), "/api/v1/users/99999999").status()).isEqualTo(404);
        assertThat(get(company.admin(), "/api/v1/users/99999999").body().get("detail").asString()).contains("用户");
        Response unknownParent = post(company.admin(), "/api/v1/departments",
                Map.of("parentId", 99999999L, "name", "孤儿"));
        assertThat(unknownParent.status()).isEqualTo(404);
        long dept = company.department("版本测试", company.rootDepartment());
        long version = get(company.admin(), "/api/v1/departments/" + dept).version();
        patch(company.admin(), "/api/v1/departments/" + dept, Map.of("name", "第一次"), version).expect(200);
        Response stale = patch(company.admin(), "/api/v1/departments/" + dept, Map.of("name", "第二次"), version);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("code").asString()).isEqualTo("version-conflict");
        Response noVersion = call(company.admin(), MockMvcRequestBuilders.patch("/api/v1/departments/" + dept)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"无版本\"}"));
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(get(company.admin(), "/api/v1/departments/" + dept).body().get("name").asString())
                .isEqualTo("第一次");
        assertThat(get(company.admin(), "/api/v1/departments/" + dept).raw().getHeader("ETag"))
                .isEqualTo("\"" + (version + 1) + "\"");
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String huge = "{\"parentId\": " + company.rootDepartment() + ", \"name\": \"" + "x".repeat(70_000) + "\"}";
        Response declared = call(company.admin(), MockMvcRequestBuilders.post("/api/v1/departments").contentType(MediaType.APPLICATION_JSON)
                .content(huge));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body().get("code").asString()).isEqualTo("too-large");
    }

    @Test
    void chineseEmojiAndRareCharactersRoundTrip() throws Exception {
        String name = "研发部🚀𠀀𪚥龘";
        long dept = post(company.admin(), "/api/v1/departments", Map.of("parentId", company.rootDepartment(),
                "name", name)).expect(201).id();
        assertThat(get(company.admin(), "/api/v1/departments/" + dept).body().get("name").asString()).isEqualTo(name);
        String person = "𡈼𠮷·艾力😀";
        long user = post(company.admin(), "/api/v1/users", Map.of("username", "rare", "displayName", person,
                "password", "Passw0rd!", "departmentId", dept)).expect(201).id();
        assertThat(get(company.admin(), "/api/v1/users/" + user).body().get("displayName").asString())
                .isEqualTo(person);
        assertThat(get(company.admin(), "/api/v1/users?q=𠮷").body().get("items").get(0).get("id").asLong())
                .isEqualTo(user);
        Response twin = post(company.admin(), "/api/v1/departments", Map.of("parentId", company.rootDepartment(),
                "name", "研发部🚀𠀁𪚥龘"));
        assertThat(twin.status()).as("a different rare character is a different name").isEqualTo(201);
    }
}
