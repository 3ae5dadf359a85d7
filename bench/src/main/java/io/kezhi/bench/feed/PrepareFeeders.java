package io.kezhi.bench.feed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import io.kezhi.bench.Args;

/**
 * Writes the load scenarios' feeders from the bench database, deterministically for a seed:
 * {@code users.csv} (login, scope, customers in scope), one file of search terms per kind,
 * {@code list-filters.csv} and {@code follow-up-types.csv}.
 *
 * <pre>java ... PrepareFeeders --jdbc-url URL --jdbc-user USER --out DIR [--company bench] [--seed 42] [--reps 200]</pre>
 */
public final class PrepareFeeders {

    static final int CUSTOMERS_PER_USER = 30;
    static final int TERMS_PER_KIND = 200;

    private final Connection connection;
    private final long tenantId;
    private final long seed;

    PrepareFeeders(Connection connection, long tenantId, long seed) {
        this.connection = connection;
        this.tenantId = tenantId;
        this.seed = seed;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        Path out = Path.of(options.get("out"));
        try (Connection c = DriverManager.getConnection(options.get("jdbc-url"), options.get("jdbc-user"),
                options.getOrDefault("jdbc-password", ""))) {
            long tenant = tenantOf(c, options.getOrDefault("company", "bench"));
            PrepareFeeders feeders = new PrepareFeeders(c, tenant, seed);
            int users = feeders.writeUsers(out, Integer.parseInt(options.getOrDefault("reps", "200")));
            int terms = feeders.writeSearchTerms(out);
            feeders.writeListFilters(out);
            feeders.writeFollowUpTypes(out);
            System.out.printf("feeders in %s: %d users, %d search terms (seed %d)%n", out, users, terms, seed);
        }
    }

    int writeUsers(Path out, int reps) throws SQLException, java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        for (BenchUser user : UserSelection.select(UserSelection.load(connection, tenantId), reps, seed)) {
            List<Long> ids = ScopedCustomers.draw(connection, tenantId, user, CUSTOMERS_PER_USER, seed);
            if (!ids.isEmpty()) {
                rows.add(List.of(user.username(), user.scope(),
                        ids.stream().map(String::valueOf).collect(Collectors.joining(" "))));
            }
        }
        Csv.write(out.resolve("users.csv"), List.of("username", "scope", "customers"), rows);
        return rows.size();
    }

    int writeSearchTerms(Path out) throws SQLException, java.io.IOException {
        String seedText = Long.toString(seed);
        List<String[]> names = rows("SELECT name, name_pinyin, name_initials FROM customer WHERE tenant_id = ?"
                + " AND deleted_at IS NULL ORDER BY md5(CONCAT(id, ?)) LIMIT 4000", 3, tenantId, seedText);
        List<String[]> phones = rows("SELECT digits FROM phone_lookup WHERE tenant_id = ?"
                + " ORDER BY md5(CONCAT(customer_id, digits, ?)) LIMIT 1000", 1, tenantId, seedText);
        int total = 0;
        total += writeTerms(out, "search-name-infix.csv", names, (n, r) -> SearchTerms.chineseInfix(n[0], r));
        total += writeTerms(out, "search-name-prefix.csv", names, (n, r) -> SearchTerms.namePrefix(n[0], r));
        total += writeTerms(out, "search-pinyin.csv", names, (n, r) -> r.nextBoolean()
                ? SearchTerms.pinyinPrefix(n[1], r) : SearchTerms.initialsPrefix(n[2], r));
        total += writeTerms(out, "search-phone.csv", phones, (n, r) -> SearchTerms.phonePrefix(n[0], r));
        List<String[]> contacts = rows("SELECT k.name, k.name_pinyin, k.email, p.digits FROM contact k"
                + " LEFT JOIN phone_lookup p ON p.tenant_id = k.tenant_id AND p.contact_id = k.id"
                + " WHERE k.tenant_id = ? AND k.deleted_at IS NULL ORDER BY md5(CONCAT(k.id, ?)) LIMIT 4000", 4,
                tenantId, seedText);
        total += writeTerms(out, "search-contact.csv", contacts, SearchTerms::contactText);
        return total;
    }

    private int writeTerms(Path out, String file, List<String[]> sources,
            BiFunction<String[], SplittableRandom, Optional<String>> term) throws java.io.IOException {
        SplittableRandom random = new SplittableRandom(seed ^ file.hashCode());
        Set<String> terms = new LinkedHashSet<>();
        for (String[] source : sources) {
            term.apply(source, random).ifPresent(terms::add);
            if (terms.size() == TERMS_PER_KIND) {
                break;
            }
        }
        Csv.write(out.resolve(file), List.of("term"), terms.stream().map(List::of).toList());
        return terms.size();
    }

    void writeListFilters(Path out) throws SQLException, java.io.IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String column : List.of("industry", "source", "value_class", "status", "lifecycle_stage",
                "relationship_level", "customer_type", "province_code")) {
            values.put(camel(column), column(("SELECT %s FROM customer WHERE tenant_id = ? AND %s IS NOT NULL"
                    + " GROUP BY %s ORDER BY COUNT(*) DESC LIMIT 8").formatted(column, column, column)));
        }
        values.put("tag", column("SELECT t.tag FROM customer_tag t JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.tenant_id = ? GROUP BY t.tag ORDER BY COUNT(*) DESC LIMIT 8"));
        List<String> queries = ListFilters.queries(values, 200, seed);
        Csv.write(out.resolve("list-filters.csv"), List.of("query"), queries.stream().map(List::of).toList());
    }

    void writeFollowUpTypes(Path out) throws SQLException, java.io.IOException {
        List<String> codes = column("SELECT i.code FROM dict_item i JOIN dict_type t ON t.id = i.type_id"
                + " WHERE t.tenant_id = ? AND t.code = 'follow_up_type' ORDER BY i.code");
        Csv.write(out.resolve("follow-up-types.csv"), List.of("followType"), codes.stream().map(List::of).toList());
    }

    private List<String> column(String sql) throws SQLException {
        return rows(sql, 1, tenantId).stream().map(r -> r[0]).toList();
    }

    private List<String[]> rows(String sql, int columns, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    public static long tenantOf(Connection c, String company) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM company WHERE code = ?")) {
            s.setString(1, company);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no company with code " + company);
                }
                return rs.getLong(1);
            }
        }
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        for (String part : column.split("_")) {
            b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return b.toString();
    }
}
