package io.kezhi.crm.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browser sign-in over real HTTP, with the real session store and CSRF protection. */
class AuthenticationTest extends ApiTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = fixtures.company();
        company.user("zhangsan", company.rootDepartment(), null);
    }

    private BrowserSession browser() {
        return new BrowserSession(port, json);
    }

    @Test
    void signInCreatesANewSessionAndSignOutEndsIt() throws Exception {
        BrowserSession browser = browser();
        browser.get("/api/v1/auth/csrf");
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
        String anonymousSession = browser.cookie("KZSESSION").orElse("none");
        BrowserSession.Reply login = browser.login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("username").asString()).isEqualTo("zhangsan");
        String session = browser.cookie("KZSESSION").orElseThrow();
        assertThat(session).as("session id changes at sign-in").isNotEqualTo(anonymousSession);
        assertThat(login.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("KZSESSION=")
                && c.contains("HttpOnly"));
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(browser.post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
        long sessions = fixtures.jdbc().sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :p")
                .param("p", "u:" + login.body().get("id").asLong()).query(Long.class).single();
        assertThat(sessions).isZero();
    }

    @Test
    void stateChangingRequestsNeedTheCsrfToken() throws Exception {
        BrowserSession browser = browser();
        browser.login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(browser.postWithoutCsrf("/api/v1/me/tokens", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(browser.post("/api/v1/me/tokens", Map.of("name", "x")).status()).isEqualTo(201);
        assertThat(browser().postWithoutCsrf("/api/v1/auth/login",
                Map.of("company", company.code(), "username", "zhangsan", "password", Fixtures.PASSWORD)).status())
                .as("login itself needs the token").isEqualTo(403);
    }

    @Test
    void unknownUsersAndWrongPasswordsGetTheSameAnswer() throws Exception {
        BrowserSession.Reply wrongPassword = browser().login(company.code(), "zhangsan", "Wrong-pass1");
        BrowserSession.Reply unknownUser = browser().login(company.code(), "nobody", "Wrong-pass1");
        BrowserSession.Reply unknownCompany = browser().login("no-such-co", "zhangsan", "Wrong-pass1");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownCompany.status()).isEqualTo(401);
        assertThat(unknownUser.body().get("detail").asString()).isEqualTo(wrongPassword.body().get("detail").asString())
                .isEqualTo(unknownCompany.body().get("detail").asString()).isEqualTo("用户名或密码错误。");
    }

    @Test
    void fiveFailuresLockTheNameForRealAndUnknownUsersAlike() throws Exception {
        for (String name : new String[] {"zhangsan", "ghost"}) {
            for (int i = 1; i <= 4; i++) {
                assertThat(browser().login(company.code(), name, "Wrong-pass1").body().get("code").asString())
                        .isEqualTo("bad-credentials");
            }
            BrowserSession.Reply fifth = browser().login(company.code(), name, "Wrong-pass1");
            assertThat(fifth.body().get("code").asString()).isEqualTo("locked");
            assertThat(fifth.body().get("detail").asString()).contains("15 分钟");
        }
        BrowserSession.Reply rightPasswordWhileLocked = browser().login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(rightPasswordWhileLocked.status()).isEqualTo(401);
        assertThat(rightPasswordWhileLocked.body().get("code").asString()).isEqualTo("locked");
        fixtures.jdbc().sql("UPDATE login_attempt SET locked_until = :past WHERE tenant_id = :t")
                .param("past", fixtures.at(java.time.Instant.now().minusSeconds(1)))
                .param("t", company.id()).update();
        assertThat(browser().login(company.code(), "zhangsan", Fixtures.PASSWORD).status())
                .as("after the lock expires").isEqualTo(200);
    }

    @Test
    void readingDoesNotWriteTheSessionMoreThanOnceAMinute() throws Exception {
        BrowserSession browser = browser();
        long id = browser.login(company.code(), "zhangsan", Fixtures.PASSWORD).body().get("id").asLong();
        long signedIn = lastAccess(id);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("the session row is not written by reads within a minute").isEqualTo(signedIn);
        fixtures.jdbc().sql("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - 61000"
                + " WHERE PRINCIPAL_NAME = :p").param("p", "u:" + id).update();
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(lastAccess(id)).as("a minute later the access is recorded").isGreaterThan(signedIn);
    }

    private long lastAccess(long userId) {
        return fixtures.jdbc().sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :p")
                .param("p", "u:" + userId).query(Long.class).single();
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() throws Exception {
        BrowserSession browser = browser();
        long id = browser.login(company.code(), "zhangsan", Fixtures.PASSWORD).body().get("id").asLong();
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);
        long version = get(company.admin(), "/api/v1/users/" + id).version();
        post(company.admin(), "/api/v1/users/" + id + "/status", Map.of("status", "DISABLED", "version", version))
                .expect(200);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(401);
        BrowserSession.Reply again = browser().login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.body().get("code").asString()).isEqualTo("account-disabled");
    }

    @Test
    void theIpAllowlistKeepsOtherAddressesOut() throws Exception {
        BrowserSession browser = browser();
        browser.login(company.code(), "zhangsan", Fixtures.PASSWORD);
        long version = get(company.admin(), "/api/v1/company").version();
        Response bad = patch(company.admin(), "/api/v1/company", Map.of("ipAllowlist", "127.0.0.1, not-an-ip"),
                version);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("ipAllowlist");
        Response selfLockout = patch(company.admin(), "/api/v1/company", Map.of("ipAllowlist", "10.0.0.0/8"), version);
        assertThat(selfLockout.status()).as("an admin cannot shut out their own address").isEqualTo(400);
        assertThat(selfLockout.body().get("detail").asString()).contains("127.0.0.1");
        patch(company.admin(), "/api/v1/company", Map.of("ipAllowlist", "127.0.0.1\n::1, 10.0.0.0/8"), version)
                .expect(200);
        assertThat(browser.get("/api/v1/auth/me").status()).isEqualTo(200);

        // as if set from the office network: this machine's address is no longer on the list
        fixtures.jdbc().sql("UPDATE company SET ip_allowlist = '10.0.0.0/8' WHERE id = :id").param("id", company.id())
                .update();
        assertThat(browser.get("/api/v1/auth/me").status()).as("existing session").isEqualTo(403);
        BrowserSession.Reply login = browser().login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.body().get("code").asString()).isEqualTo("ip-denied");
        fixtures.jdbc().sql("UPDATE company SET ip_allowlist = NULL WHERE id = :id").param("id", company.id()).update();
        assertThat(browser().login(company.code(), "zhangsan", Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theCompanyCodeIsRequiredOnlyWhenSeveralCompaniesExist() throws Exception {
        fixtures.company();
        BrowserSession.Reply options = browser().get("/api/v1/auth/options");
        assertThat(options.body().get("companyRequired").asBoolean()).isTrue();
        BrowserSession.Reply missing = browser().login(null, "zhangsan", Fixtures.PASSWORD);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("company");
    }

    @Test
    void loginHistoryRecordsEveryOutcomeWithAddressAndBrowser() throws Exception {
        BrowserSession browser = browser();
        browser.login(company.code(), "zhangsan", "Wrong-pass1");
        browser.login(company.code(), "zhangsan", Fixtures.PASSWORD);
        browser.post("/api/v1/auth/logout", Map.of());
        BrowserSession admin = browser();
        admin.login(company.code(), "admin", Fixtures.PASSWORD);
        var items = admin.get("/api/v1/login-history?q=zhangsan&size=10").body().get("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(0).get("eventType").asString()).isEqualTo("LOGOUT");
        assertThat(items.get(1).get("result").asString()).isEqualTo("SUCCESS");
        assertThat(items.get(2).get("result").asString()).isEqualTo("BAD_CREDENTIALS");
        assertThat(items.get(1).get("ip").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(items.get(1).get("userAgent").asString()).isEqualTo("KezhiTest/1.0");
        BrowserSession own = browser();
        own.login(company.code(), "zhangsan", Fixtures.PASSWORD);
        assertThat(own.get("/api/v1/me/login-history").body().get("items").size())
                .as("the three above and this sign-in").isEqualTo(4);
        assertThat(own.get("/api/v1/login-history").status()).as("no login-log permission").isEqualTo(403);
    }
}
