package io.kezhi.bench.check;

import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.customer.CustomerDirectory;
import io.kezhi.bench.customer.CustomerIds;
import io.kezhi.bench.db.Database;
import io.kezhi.bench.db.TableStatistics;
import io.kezhi.bench.db.Vendor;
import io.kezhi.bench.generate.GenerationContext;
import io.kezhi.bench.generate.Progress;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.organisation.OrganisationPlan;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * After loading: the application works on the generated data (scoped lists for each scope, a customer
 * 360, search by a Chinese fragment and by a phone prefix, lookup by number), the bulk rows agree with
 * what the application itself writes, and a customer created through the API gets an id above every
 * generated one. Response times are printed for information only.
 */
public final class SanityChecks {

    /** One check: what was asked, whether it passed, how many rows came back and how long it took. */
    public record Check(String name, boolean passed, long rows, long millis, String detail) {
    }

    private final GenerationContext context;
    private final List<Check> checks = new ArrayList<>();

    public SanityChecks(GenerationContext context) {
        this.context = context;
    }

    public List<Check> run(Map<String, String> logins) throws SQLException {
        Organisation organisation = context.get(Organisation.class);
        CustomerDirectory customers = context.get(CustomerDirectory.class);
        for (Map.Entry<String, String> login : logins.entrySet()) {
            ApiClient session = session(login.getValue());
            list(session, "list as " + login.getValue() + " (" + login.getKey() + ")", "", true);
        }
        ApiClient admin = session("admin");
        ApiClient rep = session(logins.get("own"));
        JsonNode repPage = rep.get("/api/v1/customers?page=1&size=20").ok();
        long repCustomer = repPage.get("items").size() > 0 ? repPage.get("items").get(0).get("id").asLong()
                : customers.customerId(0);
        timed("360 of a rep's customer as the rep", rep.get("/api/v1/customers/" + repCustomer + "/overview"), 1);
        timed("360 of customer #1 as admin", admin.get("/api/v1/customers/" + customers.customerId(0) + "/overview"), 1);
        String fragment = chineseFragment(organisation.companyId());
        list(admin, "search \"" + fragment + "\" as admin", "&q=" + encode(fragment), true);
        list(session(logins.get("departmentTree")), "search \"" + fragment + "\" as branch director",
                "&q=" + encode(fragment), false);
        String digits = phoneDigits(organisation.companyId());
        list(admin, "search phone prefix " + digits.substring(0, 7) + " as admin", "&q=" + digits.substring(0, 7), true);
        timed("lookup by number " + digits + " as admin",
                admin.get("/api/v1/customers/lookup?phone=" + digits), 1);
        consistency(organisation.companyId(), customers);
        statistics();
        createdIdAboveGenerated(admin, customers);
        return checks;
    }

    private ApiClient session(String username) {
        return context.api().login(OrganisationPlan.COMPANY_CODE, username, OrganisationPlan.PASSWORD);
    }

    private void list(ApiClient session, String name, String query, boolean mustFindRows) {
        ApiClient.Reply reply = session.get("/api/v1/customers?page=1&size=20" + query);
        long rows = reply.status() == 200 ? reply.body().get("items").size() : 0;
        record(name, reply.status() == 200 && (!mustFindRows || rows > 0), rows, reply.millis(),
                "HTTP " + reply.status());
    }

    private void timed(String name, ApiClient.Reply reply, long minRows) {
        long rows = reply.status() != 200 ? 0 : reply.body().isArray() ? reply.body().size() : 1;
        record(name, reply.status() == 200 && rows >= minRows, rows, reply.millis(), "HTTP " + reply.status());
    }

    /** The generated rows agree with what the application computes, checked in SQL on the first customers. */
    private void consistency(long tenant, CustomerDirectory customers) throws SQLException {
        Database db = context.database();
        long upTo = customers.customerId(Math.min(customers.count(), 2_000) - 1);
        long started = System.nanoTime();
        long misplaced = db.queryLong("SELECT COUNT(*) FROM customer c JOIN app_user u ON u.id = c.owner_id"
                + " WHERE c.tenant_id = ? AND (c.owner_dept_id <> u.department_id OR c.owner_dept_path <> u.dept_path)",
                tenant);
        record("owner department and path = the owner's (all customers)", misplaced == 0, misplaced,
                (System.nanoTime() - started) / 1_000_000, misplaced + " customers misplaced");
        for (String table : List.of("contact", "follow_up")) {
            started = System.nanoTime();
            long outOfStep = db.queryLong("SELECT COUNT(*) FROM " + table + " k JOIN customer c ON c.id = k.customer_id"
                    + " WHERE k.tenant_id = ? AND (k.owner_dept_id <> c.owner_dept_id OR "
                    + distinct(db, "k.owner_id", "c.owner_id") + " OR " + distinct(db, "k.share_grantees", "c.share_grantees")
                    + ")", tenant);
            record(table + " rows' owner, department and grantees = their customer's (all rows)", outOfStep == 0, outOfStep,
                    (System.nanoTime() - started) / 1_000_000, outOfStep + " rows out of step");
        }
        started = System.nanoTime();
        String token = "CASE s.grantee_type WHEN 'USER' THEN 'u' ELSE 'd' END";
        String grantees = db.vendor() == Vendor.POSTGRES
                ? "string_agg(" + token + " || s.grantee_id, ' ' ORDER BY s.grantee_type, s.grantee_id)"
                : "GROUP_CONCAT(CONCAT(" + token + ", s.grantee_id) ORDER BY s.grantee_type, s.grantee_id SEPARATOR ' ')";
        long unlikeShares = db.queryLong("SELECT COUNT(*) FROM customer c LEFT JOIN (SELECT s.subject_id, " + grantees
                + " AS grantees FROM record_share s WHERE s.tenant_id = ? AND s.subject_type = 'customer'"
                + " GROUP BY s.subject_id) g ON g.subject_id = c.id WHERE c.tenant_id = ? AND "
                + distinct(db, "c.share_grantees", "g.grantees"), tenant, tenant);
        record("customers' copy of their grantees = their shares (all customers)", unlikeShares == 0, unlikeShares,
                (System.nanoTime() - started) / 1_000_000, unlikeShares + " customers differ");
        started = System.nanoTime();
        String digest = "LEFT(MD5(t.tag), 16)";
        String digests = db.vendor() == Vendor.POSTGRES
                ? "' ' || string_agg(" + digest + ", ' ' ORDER BY " + digest + " COLLATE \"C\") || ' '"
                : "CONCAT(' ', GROUP_CONCAT(" + digest + " ORDER BY " + digest + " SEPARATOR ' '), ' ')";
        long unlikeTags = db.queryLong("SELECT COUNT(*) FROM customer c LEFT JOIN (SELECT t.customer_id, " + digests
                + " AS digests FROM customer_tag t GROUP BY t.customer_id) d ON d.customer_id = c.id"
                + " WHERE c.tenant_id = ? AND " + distinct(db, "c.tag_digests", "d.digests"), tenant);
        record("customers' copy of their tags = their tags' digests (all customers)", unlikeTags == 0, unlikeTags,
                (System.nanoTime() - started) / 1_000_000, unlikeTags + " customers differ");
        started = System.nanoTime();
        long wrongDates = db.queryLong("""
                SELECT COUNT(*) FROM customer c LEFT JOIN (
                  SELECT f.customer_id, f.occurred_at, f.next_follow_up_at FROM follow_up f
                  WHERE f.tenant_id = ? AND f.customer_id <= ? AND NOT EXISTS (SELECT 1 FROM follow_up g
                    WHERE g.tenant_id = f.tenant_id AND g.customer_id = f.customer_id
                      AND (g.occurred_at > f.occurred_at OR g.occurred_at = f.occurred_at AND g.id > f.id))
                ) l ON l.customer_id = c.id
                WHERE c.tenant_id = ? AND c.id <= ? AND (%s OR %s)""".formatted(
                distinct(db, "c.last_follow_up_at", "l.occurred_at"),
                distinct(db, "c.next_follow_up_at", "l.next_follow_up_at")), tenant, upTo, tenant, upTo);
        record("last/next follow-up of the first customers = their latest follow-up's", wrongDates == 0, wrongDates,
                (System.nanoTime() - started) / 1_000_000, wrongDates + " customers differ");
    }

    /** PostgreSQL: every table holding rows has planner statistics (see {@link TableStatistics#analyzeAllBut}). */
    private void statistics() throws SQLException {
        if (context.database().vendor() != Vendor.POSTGRES) {
            return;
        }
        long started = System.nanoTime();
        List<String> missing = TableStatistics.withoutStatistics(context.database());
        record("every table with rows has planner statistics", missing.isEmpty(), missing.size(),
                (System.nanoTime() - started) / 1_000_000, missing.isEmpty() ? "" : " without: " + missing);
    }

    private static String distinct(Database db, String a, String b) {
        return db.vendor() == Vendor.POSTGRES ? a + " IS DISTINCT FROM " + b : "NOT (" + a + " <=> " + b + ")";
    }

    private void createdIdAboveGenerated(ApiClient admin, CustomerDirectory customers) {
        long lastGenerated = customers.customerId(customers.count() - 1) + CustomerIds.STRIDE - 1;
        ApiClient.Reply reply = admin.post("/api/v1/customers", Map.of("name", "基准校验客户（生成后经 API 创建）",
                "customerType", "COMPANY", "ignoreDuplicates", true));
        long id = reply.status() == 201 ? reply.body().get("id").asLong() : 0;
        record("a customer created through the API gets id " + id + " > " + lastGenerated, id > lastGenerated, 1,
                reply.millis(), "HTTP " + reply.status());
    }

    private String chineseFragment(long tenant) throws SQLException {
        String name = context.database().queryString("SELECT name FROM customer WHERE tenant_id = ?"
                + " AND customer_type = 'COMPANY' AND name LIKE '%有限公司' ORDER BY id LIMIT 1", tenant);
        int start = name.length() > 10 ? 2 : 0; // after a city prefix such as 杭州
        return name.substring(start, start + 2);
    }

    private String phoneDigits(long tenant) throws SQLException {
        return context.database().queryString("SELECT digits FROM phone_lookup WHERE tenant_id = ? AND contact_id = 0"
                + " AND digits LIKE '1%' ORDER BY customer_id LIMIT 1", tenant);
    }

    private void record(String name, boolean passed, long rows, long millis, String detail) {
        checks.add(new Check(name, passed, rows, millis, detail));
        Progress.log("  %s %-70s %4d rows %6d ms%s", passed ? "ok  " : "FAIL", name, rows, millis,
                passed ? "" : "  (" + detail + ")");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
