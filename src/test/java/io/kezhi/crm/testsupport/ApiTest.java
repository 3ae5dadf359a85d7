package io.kezhi.crm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every full-stack test: the whole application on the test database, one Spring context
 * (and one database) for the suite. Each test builds its own company with {@link Fixtures}, so
 * tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(TestDatabaseCondition.class)
public abstract class ApiTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected JsonMapper json;

    @LocalServerPort
    protected int port;

    @Autowired
    private RecordTypes recordTypes;

    /**
     * Whatever a test did, every record's copy of its parent's owner and department (contacts and
     * follow-ups of customers: {@code OwnerCopies}) and of its parent's grantees ({@code ShareGrantees}) is
     * in step: a way of changing either that forgets the copies fails the test that uses it, whichever
     * that is.
     */
    @AfterEach
    void copiesFollowTheirParents() {
        for (RecordType type : recordTypes.all()) {
            if (type.parent() == null || !type.parent().copiesOwner()) {
                continue;
            }
            RecordType parent = recordTypes.find(type.parent().typeKey()).orElseThrow();
            String owner = "k." + type.parent().ownerCopy().column();
            String dept = "k." + type.parent().ownerDeptCopy().column();
            String parentOwner = "p." + parent.ownerId().column();
            List<Long> outOfStep = fixtures.jdbc().sql("SELECT k.id FROM " + type.table() + " k JOIN "
                    + parent.table() + " p ON p.id = k." + type.parent().column() + " WHERE " + dept + " <> p."
                    + parent.ownerDeptId().column() + " OR " + owner + " <> " + parentOwner + " OR (" + owner
                    + " IS NULL) <> (" + parentOwner + " IS NULL)").query(Long.class).list();
            assertThat(outOfStep).as(type.key() + " records whose owner or department is not their parent's").isEmpty();
        }
        for (RecordType type : recordTypes.all()) {
            if (type.parent() == null || type.parent().shareCopy() == null) {
                continue;
            }
            RecordType parent = recordTypes.find(type.parent().typeKey()).orElseThrow();
            String copy = "k." + type.parent().shareCopy().column();
            String parentCopy = "p." + parent.shareCopy().column();
            List<Long> outOfStep = fixtures.jdbc().sql("SELECT k.id FROM " + type.table() + " k JOIN "
                    + parent.table() + " p ON p.id = k." + type.parent().column() + " WHERE " + copy + " <> "
                    + parentCopy + " OR (" + copy + " IS NULL) <> (" + parentCopy + " IS NULL)").query(Long.class).list();
            assertThat(outOfStep).as(type.key() + " records whose copy of the grantees is not their parent's").isEmpty();
        }
    }

    /**
     * Whatever a test did, a customer has a copy of its tags ({@code customer.tag_digests},
     * {@code TagDigests}) exactly when it has tags: a way of writing tags that forgets the copy fails
     * the test that uses it (the copy's content is checked by the writers' own tests).
     */
    @AfterEach
    void tagCopiesFollowTheTags() {
        List<Long> outOfStep = fixtures.jdbc().sql("SELECT c.id FROM customer c WHERE (c.tag_digests IS NOT NULL)"
                + " <> EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id)").query(Long.class).list();
        assertThat(outOfStep).as("customers whose copy of their tags is missing or left over").isEmpty();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * Signed in as this user, with a valid CSRF token, the way a browser is: the security context
     * comes through the application's own request-attribute context repository, and the CSRF token
     * is double-submitted as cookie and header. (Spring Security Test's csrf() post-processor is not
     * used because it swaps components of the shared filter chain, breaking real HTTP tests.)
     */
    protected static RequestPostProcessor as(KezhiPrincipal principal) {
        return request -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    List.of(new SimpleGrantedAuthority("ROLE_USER"))));
            request.setAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME, context);
            String token = UUID.randomUUID().toString();
            request.setCookies(new Cookie("XSRF-TOKEN", token));
            request.addHeader("X-XSRF-TOKEN", token);
            return request;
        };
    }

    protected String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** GET as the user; the response status and parsed body. */
    protected Response get(KezhiPrincipal user, String url) throws Exception {
        return call(user, MockMvcRequestBuilders.get(url));
    }

    protected Response post(KezhiPrincipal user, String url, Object body) throws Exception {
        return call(user, MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_JSON).content(toJson(body)));
    }

    protected Response put(KezhiPrincipal user, String url, Object body, long version) throws Exception {
        return call(user, MockMvcRequestBuilders.put(url).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"").content(toJson(body)));
    }

    protected Response patch(KezhiPrincipal user, String url, Object body, long version) throws Exception {
        return call(user, MockMvcRequestBuilders.patch(url).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"").content(toJson(body)));
    }

    protected Response delete(KezhiPrincipal user, String url, long version) throws Exception {
        return call(user, MockMvcRequestBuilders.delete(url).header("If-Match", "\"" + version + "\""));
    }

    protected Response delete(KezhiPrincipal user, String url) throws Exception {
        return call(user, MockMvcRequestBuilders.delete(url));
    }

    protected Response call(KezhiPrincipal user, MockHttpServletRequestBuilder request) throws Exception {
        if (user != null) {
            request.with(as(user));
        }
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode node = body.isBlank() ? json.nullNode() : json.readTree(body);
        return new Response(result.getResponse().getStatus(), node, result.getResponse());
    }

    /** A response: status, JSON body (NullNode when empty) and the raw response for headers. */
    public record Response(int status, JsonNode body, MockHttpServletResponse raw) {

        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected HTTP " + expected + " but was " + status + ": " + body);
            }
            return this;
        }

        public long id() {
            return body.get("id").asLong();
        }

        public long version() {
            return body.get("version").asLong();
        }

        /** Field names of the problem's errors list. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asString()));
            return fields;
        }
    }
}
