package io.kezhi.crm.customer;

import static io.kezhi.crm.testsupport.TestCompany.all;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestClock;
import io.kezhi.crm.testsupport.TestCompany;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the customer module's API tests: a small sales organisation built per test, and helpers
 * that create customers, contacts and follow-ups through the API the way a user does.
 */
public abstract class CustomerApiTest extends ApiTest {

    /** The application clock; every test finds it at real time (tests that move it need not reset it). */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void resetApplicationClock() {
        clock.reset();
    }

    /**
     * A company with a branch (分公司) holding two teams, and a separate office:
     * <pre>
     * root ─ branch ─ team1 (rep1, rep2; lead1 is their superior)
     *      │        └ team2 (rep3)
     *      └ office (outsider)
     * </pre>
     * {@code director} (in branch) sees the branch and its teams; {@code auditor} (in root) may view
     * everything and nothing else; reps and the outsider work on their own customers.
     */
    public record Sales(TestCompany company, long branch, long team1, long team2, long office, long repRole,
            long directorRole, long auditorRole, KezhiPrincipal admin, KezhiPrincipal director,
            KezhiPrincipal lead1, KezhiPrincipal rep1, KezhiPrincipal rep2, KezhiPrincipal rep3,
            KezhiPrincipal outsider, KezhiPrincipal auditor) {
    }

    protected Sales sales() {
        TestCompany company = fixtures.company();
        long branch = company.department("分公司", company.rootDepartment());
        long team1 = company.department("销售一部", branch);
        long team2 = company.department("销售二部", branch);
        long office = company.department("办事处", company.rootDepartment());
        long repRole = company.role("销售代表", all(CustomerRecordTypes.CUSTOMER, DataScope.OWN));
        long directorRole = company.role("销售总监", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT_TREE));
        long auditorRole = company.role("审计", all(CustomerRecordTypes.CUSTOMER, DataScope.ALL,
                io.kezhi.crm.identity.Operation.VIEW));
        KezhiPrincipal director = company.user("director", branch, null, directorRole);
        KezhiPrincipal lead1 = company.user("lead1", team1, director.userId(), repRole);
        KezhiPrincipal rep1 = company.user("rep1", team1, lead1.userId(), repRole);
        KezhiPrincipal rep2 = company.user("rep2", team1, lead1.userId(), repRole);
        KezhiPrincipal rep3 = company.user("rep3", team2, director.userId(), repRole);
        KezhiPrincipal outsider = company.user("outsider", office, null, repRole);
        KezhiPrincipal auditor = company.user("auditor", company.rootDepartment(), null, auditorRole);
        return new Sales(company, branch, team1, team2, office, repRole, directorRole, auditorRole, company.admin(),
                director, lead1, rep1, rep2, rep3, outsider, auditor);
    }

    /** The smallest valid customer body; add or override fields with {@link Map#put}. */
    protected static Map<String, Object> customerBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("customerType", "COMPANY");
        return body;
    }

    /** Creates the customer (owned by the caller unless the body says otherwise) and returns its id. */
    protected long customer(KezhiPrincipal as, String name) throws Exception {
        return post(as, "/api/v1/customers", customerBody(name)).expect(201).id();
    }

    protected long customer(KezhiPrincipal as, Map<String, Object> body) throws Exception {
        return post(as, "/api/v1/customers", body).expect(201).id();
    }

    /** Creates the customer with these tags (owned by the caller) and returns its id. */
    protected long taggedCustomer(KezhiPrincipal as, String name, java.util.List<String> tags) throws Exception {
        Map<String, Object> body = customerBody(name);
        body.put("tags", tags);
        return customer(as, body);
    }

    protected long contact(KezhiPrincipal as, long customerId, String name) throws Exception {
        return post(as, "/api/v1/customers/" + customerId + "/contacts", Map.of("name", name)).expect(201).id();
    }

    protected long followUp(KezhiPrincipal as, long customerId, String content, Instant occurredAt) throws Exception {
        return post(as, "/api/v1/customers/" + customerId + "/follow-ups",
                Map.of("followType", "call", "content", content, "occurredAt", occurredAt.toString()))
                .expect(201).id();
    }

    /** Shares the customer with a user or a department ({@code USER}, {@code DEPARTMENT}); the share's id. */
    protected long shareCustomer(KezhiPrincipal as, long customerId, String granteeType, long granteeId,
            String accessLevel) throws Exception {
        return post(as, "/api/v1/shares/customer/" + customerId, Map.of("granteeType", granteeType, "granteeId",
                granteeId, "accessLevel", accessLevel)).expect(201).id();
    }

    /** The customer's detail as the caller sees it (expects 200): {@code customer} plus related data. */
    protected Response customerOf(KezhiPrincipal as, long id) throws Exception {
        return get(as, "/api/v1/customers/" + id).expect(200);
    }

    /** The copies of the customer's grantees its contacts and follow-ups carry ({@code ShareGrantees}). */
    protected java.util.List<String> childCopies(long customerId) {
        return fixtures.jdbc().sql("SELECT share_grantees FROM contact WHERE customer_id = :id UNION ALL"
                + " SELECT share_grantees FROM follow_up WHERE customer_id = :id").param("id", customerId)
                .query((rs, n) -> rs.getString(1)).list();
    }

    /** The customer's current version, for If-Match. */
    protected long customerVersion(KezhiPrincipal as, long id) throws Exception {
        return customerOf(as, id).body().path("customer").get("version").asLong();
    }

    // ---- helpers shared by the account, contact, follow-up, overview and saved-view tests ----

    /** Ids of the customers the user lists with these query parameters (e.g. {@code "q=abc&sort=name"}). */
    protected java.util.List<Long> listedIds(KezhiPrincipal as, String parameters) throws Exception {
        return ids(get(as, "/api/v1/customers?size=200" + (parameters.isEmpty() ? "" : "&" + parameters)).expect(200)
                .body().path("items"));
    }

    protected java.util.List<Long> listedIds(KezhiPrincipal as) throws Exception {
        return listedIds(as, "");
    }

    /** The {@code id} of each element, in order. */
    protected static java.util.List<Long> ids(tools.jackson.databind.JsonNode items) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        items.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    /** A JSON request in the given language (Accept-Language), e.g. {@code "en-US"}. */
    protected Response send(KezhiPrincipal as, String language,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        request.header("Accept-Language", language);
        if (body != null) {
            request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(toJson(body));
        }
        return call(as, request);
    }

    // ---- pools, transfers and merges ----

    /** The company pool (公司公海) at the root department. */
    protected long companyPool(Sales s) {
        return fixtures.jdbc().sql("SELECT id FROM customer_pool WHERE tenant_id = :t AND department_id = :d")
                .param("t", s.company().id()).param("d", s.company().rootDepartment()).query(Long.class).single();
    }

    /** A pool body for a department; add rules, members and limits with {@link Map#put}. */
    protected static Map<String, Object> poolBody(String name, long departmentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("departmentId", departmentId);
        return body;
    }

    /** Where the customer is now, straight from the database: owner, pool and deletion. */
    public record Placement(Long ownerId, Long poolId, boolean deleted) {
    }

    protected Placement placement(long customerId) {
        return fixtures.jdbc().sql("SELECT owner_id, pool_id, deleted_at FROM customer WHERE id = :id")
                .param("id", customerId).query((rs, i) -> new Placement(rs.getObject(1, Long.class),
                        rs.getObject(2, Long.class), rs.getObject(3) != null)).single();
    }

    /** The customer's ownership events, oldest first, as "TYPE from>to pool reason" (blank for none). */
    protected java.util.List<String> ownershipEvents(long customerId) {
        return fixtures.jdbc().sql("SELECT event_type, from_user_id, to_user_id, pool_id, reason FROM customer_event"
                + " WHERE customer_id = :id ORDER BY id").param("id", customerId)
                .query((rs, i) -> rs.getString(1) + " " + text(rs.getObject(2, Long.class)) + ">"
                        + text(rs.getObject(3, Long.class)) + " " + text(rs.getObject(4, Long.class)) + " "
                        + text(rs.getString(5))).list();
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** The ids in a JSON array (e.g. a batch outcome's {@code done}). */
    protected static java.util.List<Long> numbers(tools.jackson.databind.JsonNode array) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }
}
