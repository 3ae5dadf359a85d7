package io.kezhi.crm.shared.db;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * Infix search on short texts through an index. A trigram index serves texts of three characters and
 * more, but not two characters such as 天意, the commonest search in Chinese; so on PostgreSQL a name
 * is also indexed by its characters and two-character grams ({@code kz_name_grams(text)}, lower-cased,
 * defined by the vendor migration with a GIN index). {@link #CONTAIN} tests whether a name contains a
 * text of one or two characters, exactly, as one array element, which keeps the planner's estimate
 * right. Other databases do not register it (callers ask {@link SqlVendor} first).
 */
public class NameGrams implements FunctionContributor {

    /** {@code kz_name_grams_contain(name, text)}: the name contains the text of one or two characters. */
    public static final String CONTAIN = "kz_name_grams_contain";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        if (contributions.getDialect() instanceof PostgreSQLDialect) {
            contributions.getFunctionRegistry().registerPattern(CONTAIN, "(kz_name_grams(?1) @> ARRAY[lower(CAST(?2 AS TEXT))])",
                    contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
        }
    }
}
