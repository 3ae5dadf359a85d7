package io.kezhi.crm.shared.db;

import io.kezhi.crm.shared.jpa.Likes;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.type.StandardBasicTypes;

/**
 * Infix search on short texts through an index. A trigram index serves texts of three characters and
 * more, but not two characters such as 天意, the commonest search in Chinese; so on PostgreSQL a name
 * is also indexed by its characters and two-character grams ({@code kz_name_grams(text)}, lower-cased,
 * defined by the vendor migration with a GIN index). {@link #CONTAIN} tests whether a name contains a
 * text of one or two characters, exactly, as one array element, which keeps the planner's estimate
 * right. Each row it is tested on is first tested with a plain {@code LIKE} on the lower-cased name
 * (the same condition, written first: PostgreSQL orders the tests of a plain AND by their cost, but not
 * those inside an OR, as every search's are; a name's grams, ten microseconds, are computed only when
 * the LIKE matches): the records shared with a user, walked one by one, took 11 ms instead of 2 ms for
 * ~540 of them (benchmark data, the plan PostgreSQL settles on for a prepared statement), and a company's
 * contacts found for "li" by their names and pinyin (376,000) were rechecked in 510 ms instead of 930.
 * The {@code LIKE} is wrapped in {@code coalesce} so that the planner does not count the same condition
 * twice. Other databases do not register it (callers ask {@link SqlVendor} first).
 */
public class NameGrams implements FunctionContributor {

    /**
     * {@code kz_name_grams_contain(name, text, pattern)}: the name contains the text of one or two
     * characters; {@code pattern} is the text as {@code Likes.contains} writes it.
     */
    public static final String CONTAIN = "kz_name_grams_contain";

    /**
     * The name contains the text, in any case: on PostgreSQL through the name's grams (one or two
     * characters: {@link #CONTAIN}) or its trigram index (from three, {@code ILIKE}), which the caller's
     * table must have; elsewhere a plain {@code LIKE} on the lower-cased name.
     */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> name, String text, boolean postgres) {
        if (postgres && text.codePointCount(0, text.length()) <= 2) {
            return cb.isTrue(cb.function(CONTAIN, Boolean.class, name, cb.literal(text),
                    cb.literal(Likes.contains(text))));
        } else if (postgres) {
            return ((HibernateCriteriaBuilder) cb).ilike(name, Likes.contains(text), Likes.ESCAPE);
        }
        return cb.like(cb.lower(name), Likes.contains(text), Likes.ESCAPE);
    }

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        if (contributions.getDialect() instanceof PostgreSQLDialect) {
            contributions.getFunctionRegistry().registerPattern(CONTAIN, "(coalesce(lower(?1) LIKE lower(CAST(?3 AS TEXT))"
                    + " ESCAPE '!', false) AND kz_name_grams(?1) @> ARRAY[lower(CAST(?2 AS TEXT))])",
                    contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
        }
    }
}
