package io.kezhi.bench.customer;

import io.kezhi.bench.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The codes of the company's enabled dictionary values, as the application validates them. */
record CompanyDictionaries(Map<String, List<String>> codesByType) {

    static final String SOURCE = "customer_source";
    static final String INDUSTRY = "industry";
    static final String LEVEL = "customer_level";
    static final String STAFF_SIZE = "staff_size";
    static final String FOLLOW_UP_TYPE = "follow_up_type";

    static CompanyDictionaries read(Database database, long companyId) throws SQLException {
        Map<String, List<String>> codes = new TreeMap<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("""
                SELECT t.code, i.code FROM dict_item i JOIN dict_type t ON t.id = i.type_id
                WHERE i.tenant_id = ? AND i.enabled AND i.deleted_at IS NULL
                ORDER BY t.code, i.sort_order, i.code""")) {
            s.setLong(1, companyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        for (String type : List.of(SOURCE, INDUSTRY, LEVEL, STAFF_SIZE, FOLLOW_UP_TYPE)) {
            if (codes.getOrDefault(type, List.of()).isEmpty()) {
                throw new IllegalStateException("the company has no enabled values in dictionary " + type);
            }
        }
        return new CompanyDictionaries(codes);
    }

    List<String> codes(String type) {
        return codesByType.get(type);
    }
}
