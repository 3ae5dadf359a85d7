package io.kezhi.crm.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.BrowserSession;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal API tokens: Bearer authentication without session or CSRF, hashed, revocable. */
class ApiTokenTest extends ApiTest {

    private TestCompany company;
    private BrowserSession browser;
    private String secret;
    private long tokenId;

    @BeforeEach
    void createToken() throws Exception {
        company = fixtures.company();
        browser = new BrowserSession(port, json);
        browser.login(company.code(), "admin", Fixtures.PASSWORD);
        BrowserSession.Reply created = browser.post("/api/v1/me/tokens", Map.of("name", "ERP 同步", "expiresInDays", 30));
        assertThat(created.status()).isEqualTo(201);
        secret = created.body().get("secret").asString();
        tokenId = created.body().get("token").get("id").asLong();
    }

    @Test
    void aTokenAuthenticatesWithoutSessionOrCsrf() throws Exception {
        BrowserSession integration = new BrowserSession(port, json).bearer(secret);
        assertThat(integration.get("/api/v1/auth/me").body().get("viaToken").asBoolean()).isTrue();
        BrowserSession.Reply created = integration.post("/api/v1/departments",
                Map.of("parentId", company.rootDepartment(), "name", "集成创建"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(integration.cookie("KZSESSION")).isEmpty();
        assertThat(browser.get("/api/v1/me/tokens").body().get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void onlyTheHashIsStored() {
        String stored = fixtures.jdbc().sql("SELECT token_hash FROM api_token WHERE id = :id").param("id", tokenId)
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret.substring(3));
    }

    @Test
    void revokedExpiredForeignOrMalformedTokensAreRefused() throws Exception {
        assertThat(new BrowserSession(port, json).bearer("kz_not-a-real-token").get("/api/v1/auth/me").status())
                .isEqualTo(401);
        assertThat(new BrowserSession(port, json).bearer("garbage").get("/api/v1/auth/me").status()).isEqualTo(401);
        fixtures.jdbc().sql("UPDATE api_token SET expires_at = :past WHERE id = :id")
                .param("past", fixtures.at(java.time.Instant.now().minusSeconds(5))).param("id", tokenId)
                .update();
        assertThat(new BrowserSession(port, json).bearer(secret).get("/api/v1/auth/me").status()).isEqualTo(401);
        fixtures.jdbc().sql("UPDATE api_token SET expires_at = NULL WHERE id = :id").param("id", tokenId).update();
        assertThat(new BrowserSession(port, json).bearer(secret).get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(browser.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);
        BrowserSession.Reply revoked = new BrowserSession(port, json).bearer(secret).get("/api/v1/auth/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body().get("code").asString()).isEqualTo("bad-token");
    }

    @Test
    void aTokenCannotMintTokensAndDiesWithItsUser() throws Exception {
        BrowserSession integration = new BrowserSession(port, json).bearer(secret);
        assertThat(integration.post("/api/v1/me/tokens", Map.of("name", "more")).status()).isEqualTo(403);
        var rep = company.user("rep", company.rootDepartment(), null);
        BrowserSession repBrowser = new BrowserSession(port, json);
        repBrowser.login(company.code(), "rep", Fixtures.PASSWORD);
        String repSecret = repBrowser.post("/api/v1/me/tokens", Map.of("name", "mine")).body().get("secret")
                .asString();
        long version = get(company.admin(), "/api/v1/users/" + rep.userId()).version();
        post(company.admin(), "/api/v1/users/" + rep.userId() + "/status", Map.of("status", "LEFT", "version", version))
                .expect(200);
        assertThat(new BrowserSession(port, json).bearer(repSecret).get("/api/v1/auth/me").status()).isEqualTo(401);
    }
}
