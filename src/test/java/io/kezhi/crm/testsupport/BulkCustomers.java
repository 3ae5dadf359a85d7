package io.kezhi.crm.testsupport;

import io.kezhi.crm.customer.account.TagDigests;
import io.kezhi.crm.shared.Pinyin;
import io.kezhi.crm.shared.db.SqlVendor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many customers (or other rows) at once, written by batched SQL (seconds for tens of thousands, where the API would
 * take minutes): for tests of what happens at sizes real companies reach.
 */
@Component
public class BulkCustomers {

    private static final int BATCH = 1_000;

    private final Fixtures fixtures;
    private final NamedParameterJdbcTemplate template;

    BulkCustomers(Fixtures fixtures, NamedParameterJdbcTemplate template) {
        this.fixtures = fixtures;
        this.template = template;
    }

    /**
     * {@code count} customers 0..count-1 of the company, owned by {@code ownerId} in their department,
     * named by {@code name}; with a phone (and its phone index entry) when {@code phone} gives one.
     */
    public void insert(TestCompany company, long ownerId, int count, IntFunction<String> name,
            IntFunction<String> phone) {
        String path = fixtures.jdbc().sql("SELECT dept_path FROM app_user WHERE id = :id").param("id", ownerId)
                .query(String.class).single();
        long dept = fixtures.jdbc().sql("SELECT department_id FROM app_user WHERE id = :id").param("id", ownerId)
                .query(Long.class).single();
        Object now = fixtures.at(Instant.now());
        List<Long> ids = ids(count);
        List<Map<String, Object>> customers = new ArrayList<>();
        List<Map<String, Object>> phones = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String customerName = name.apply(n);
            Pinyin.Spelling spelling = Pinyin.of(customerName);
            String customerPhone = phone.apply(n);
            Map<String, Object> row = new HashMap<>();
            row.put("id", ids.get(n));
            row.put("tenant", company.id());
            row.put("name", customerName);
            row.put("pinyin", spelling.full().length() > 600 ? spelling.full().substring(0, 600) : spelling.full());
            row.put("initials", spelling.initials());
            row.put("phone", customerPhone);
            row.put("owner", ownerId);
            row.put("dept", dept);
            row.put("path", path);
            row.put("now", now);
            customers.add(row);
            if (customerPhone != null) {
                phones.add(Map.of("tenant", company.id(), "customer", ids.get(n), "digits", customerPhone.substring(3)));
            }
        }
        insert("""
                INSERT INTO customer (id, tenant_id, name, name_pinyin, name_initials, customer_type, status,
                    lifecycle_stage, phone, points, owner_id, owner_dept_id, owner_dept_path, owned_since,
                    open_opportunities, created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :tenant, :name, :pinyin, :initials, 'COMPANY', 'ACTIVE', 'POTENTIAL', :phone, 0,
                    :owner, :dept, :path, :now, 0, :now, :owner, :now, :owner, 0)""", customers);
        insert("INSERT INTO phone_lookup (tenant_id, customer_id, contact_id, digits)"
                + " VALUES (:tenant, :customer, 0, :digits)", phones);
    }

    /**
     * Gives {@code tag} to the company's customers (without tags) that {@code where} selects, as the
     * application writes tags: a {@code customer_tag} row each and the row's copy ({@link TagDigests}).
     */
    public void tag(TestCompany company, String tag, String where) {
        fixtures.jdbc().sql("INSERT INTO customer_tag (customer_id, tag) SELECT id, :tag FROM customer"
                + " WHERE tenant_id = :t AND (" + where + ")").param("t", company.id()).param("tag", tag).update();
        fixtures.jdbc().sql("UPDATE customer SET tag_digests = :digests WHERE tenant_id = :t AND id IN ("
                + "SELECT customer_id FROM customer_tag WHERE tag = :tag) AND tag_digests IS NULL")
                .param("t", company.id()).param("tag", tag).param("digests", TagDigests.of(List.of(tag))).update();
    }

    /** {@code count} new ids from the application's sequence (which hands them out 50 at a time). */
    public List<Long> ids(int count) {
        String nextval = fixtures.vendor == SqlVendor.POSTGRESQL ? "SELECT nextval('kz_seq')" : "SELECT NEXTVAL(kz_seq)";
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            long high = fixtures.jdbc().sql(nextval).query(Long.class).single();
            for (long id = high - 49; id <= high; id++) {
                ids.add(id);
            }
        }
        return ids.subList(0, count);
    }

    /** Rows for {@link NamedParameterJdbcTemplate#batchUpdate}, {@link #BATCH} at a time. */
    public void insert(String sql, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate(sql, batch(rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?>[] batch(List<Map<String, Object>> rows) {
        return rows.toArray(new Map[0]);
    }
}
