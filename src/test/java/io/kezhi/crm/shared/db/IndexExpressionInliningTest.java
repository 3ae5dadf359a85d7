package io.kezhi.crm.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kezhi.crm.testsupport.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every function of ours written in SQL that an index's expression calls is inlined by PostgreSQL:
 * one that is not (an IMMUTABLE function calling a STABLE operator, say) starts an executor for each
 * call, on every row written to the table (V2_30: a COPY of 90,000 customers 21.6-23.1 s before it,
 * 18.8-20.7 s after).
 */
class IndexExpressionInliningTest extends ApiTest {

    @Autowired
    private SqlVendor vendor;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void sqlFunctionsInIndexExpressionsAreInlined() {
        assumeTrue(vendor == SqlVendor.POSTGRESQL, "MariaDB indexes no function of ours");
        List<String> sqlFunctions = jdbc.queryForList("""
                SELECT p.proname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                WHERE l.lanname = 'sql' AND p.pronamespace = current_schema()::regnamespace""", String.class);
        List<Map<String, Object>> expressions = jdbc.queryForList("""
                SELECT i.indexrelid::regclass::text AS index, i.indrelid::regclass::text AS tab,
                       pg_get_expr(i.indexprs, i.indrelid) AS expression
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                WHERE i.indexprs IS NOT NULL AND c.relnamespace = current_schema()::regnamespace""");
        assertThat(expressions).extracting(e -> e.get("index")).contains("ix_customer_facets", "ix_customer_name_grams");
        for (Map<String, Object> e : expressions) {
            String plan = String.join("\n", jdbc.queryForList("EXPLAIN (VERBOSE, COSTS OFF) SELECT " + e.get("expression")
                    + " FROM " + e.get("tab"), String.class));
            for (String function : sqlFunctions) {
                assertThat(Pattern.compile("\\b" + function + "\\(").matcher(plan).find())
                        .as(e.get("index") + " calls " + function + " without inlining it:\n" + plan).isFalse();
            }
        }
    }
}
