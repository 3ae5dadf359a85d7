package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.tenant.TenantContext;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a filter's single-valued attributes (one type, one industry, a province...) as one test
 * that the GIN index of each customer's attribute values answers ({@code ix_customer_facets}, {@code V2_25}):
 * the tokens {@code tenant:key:value} the customer must all have. Only for counting the whole company's
 * matches ({@code EntityLister#listCountingFirst}, and the total of its list in order of last follow-up):
 * read in list order, the test would be evaluated on every row read. A filter with several values for one attribute is an overlap, left to the usual
 * {@code IN}, as is everything else; the usual predicates stay in the query too.
 */
@Component
class CustomerFacets {

    /** A filterable attribute: its property, its token key, and the filter's one value for it (or null). */
    private record Attribute(String property, String key, Function<CustomerFilter, Object> value) {
    }

    /** In the order of the SQL function's parameters. */
    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("customerType", "t", f -> only(f.customerType())),
            new Attribute("source", "s", f -> only(f.source())),
            new Attribute("industry", "i", f -> only(f.industry())),
            new Attribute("valueClass", "v", f -> only(f.valueClass())),
            new Attribute("relationshipLevel", "r", f -> only(f.relationshipLevel())),
            new Attribute("status", "st", f -> only(f.status())),
            new Attribute("lifecycleStage", "l", f -> only(f.lifecycleStage())),
            new Attribute("staffSize", "z", f -> only(f.staffSize())),
            new Attribute("provinceCode", "p", CustomerFilter::provinceCode),
            new Attribute("cityCode", "c", CustomerFilter::cityCode),
            new Attribute("districtCode", "d", CustomerFilter::districtCode));

    private final boolean postgres;

    CustomerFacets(SqlVendor vendor) {
        this.postgres = vendor == SqlVendor.POSTGRESQL;
    }

    /** The test for the filter's single-valued attributes; empty on MariaDB or when it has none. */
    Optional<Specification<Customer>> of(CustomerFilter f) {
        List<String> wanted = postgres ? tokens(TenantContext.require(), f) : List.of();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((root, query, cb) -> {
            List<Expression<?>> arguments = new ArrayList<>();
            arguments.add(root.get("tenantId"));
            for (Attribute attribute : ATTRIBUTES) {
                arguments.add(root.get(attribute.property()));
            }
            for (String token : wanted) {
                arguments.add(cb.literal(token));
            }
            return cb.isTrue(cb.function("kz_customer_has_facets", Boolean.class,
                    arguments.toArray(Expression[]::new)));
        });
    }

    /** The tokens, as {@code kz_customer_facets} writes them, of the attributes with exactly one value. */
    static List<String> tokens(long tenantId, CustomerFilter f) {
        List<String> tokens = new ArrayList<>();
        for (Attribute attribute : ATTRIBUTES) {
            Object value = attribute.value().apply(f);
            if (value != null) {
                String text = value instanceof Enum<?> e ? e.name() : value.toString();
                tokens.add(tenantId + ":" + attribute.key() + ":" + text);
            }
        }
        return tokens;
    }

    private static Object only(List<?> values) {
        return values != null && values.size() == 1 ? values.get(0) : null;
    }
}
