package io.kezhi.crm.customer.account;

import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.tenant.TenantContext;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a filter's single-valued attributes (one type, one industry, a province...) as one test
 * that the GIN index of each customer's attribute values answers ({@code ix_customer_facets}, {@code V2_25}):
 * the tokens {@code tenant:key:value} the customer must all have. Only for counting the whole company's
 * matches ({@code EntityLister#listCountingFirst}): read in list order, the test would be evaluated on
 * every row read. A filter with several values for one attribute is an overlap, left to the usual
 * {@code IN}, as is everything else; the usual predicates stay in the query too.
 */
@Component
class CustomerFacets {

    /** The attributes in the order of the SQL function's parameters, with each one's token key. */
    private static final List<String[]> ATTRIBUTES = List.of(new String[] {"customerType", "t"},
            new String[] {"source", "s"}, new String[] {"industry", "i"}, new String[] {"valueClass", "v"},
            new String[] {"relationshipLevel", "r"}, new String[] {"status", "st"},
            new String[] {"lifecycleStage", "l"}, new String[] {"staffSize", "z"}, new String[] {"provinceCode", "p"},
            new String[] {"cityCode", "c"}, new String[] {"districtCode", "d"});

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
            for (String[] attribute : ATTRIBUTES) {
                arguments.add(root.get(attribute[0]));
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
        List<Object> values = List.of(only(f.customerType()), only(f.source()), only(f.industry()),
                only(f.valueClass()), only(f.relationshipLevel()), only(f.status()), only(f.lifecycleStage()),
                only(f.staffSize()), orNone(f.provinceCode()), orNone(f.cityCode()), orNone(f.districtCode()));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < ATTRIBUTES.size(); i++) {
            Object value = values.get(i);
            if (value != NONE) {
                String text = value instanceof Enum<?> e ? e.name() : value.toString();
                tokens.add(tenantId + ":" + ATTRIBUTES.get(i)[1] + ":" + text);
            }
        }
        return tokens;
    }

    private static final Object NONE = new Object();

    private static Object only(List<?> values) {
        return values != null && values.size() == 1 && values.get(0) != null ? values.get(0) : NONE;
    }

    private static Object orNone(String value) {
        return value == null ? NONE : value;
    }
}
