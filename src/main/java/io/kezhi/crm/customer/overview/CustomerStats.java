package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerFilter;
import io.kezhi.crm.customer.account.CustomerSpecifications;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.platform.Regions;
import io.kezhi.crm.shared.error.ApiException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer distribution by one dimension (source, value class, industry, region, status, lifecycle
 * stage, owner), counted in the database over the customers in the caller's view scope that match
 * the list filters.
 */
@Service
public class CustomerStats {

    /** The dimensions and the entity attribute each groups by. */
    static final Map<String, String> DIMENSIONS = Map.of("source", "source", "valueClass", "valueClass",
            "industry", "industry", "region", "provinceCode", "status", "status", "lifecycleStage", "lifecycleStage",
            "owner", "ownerId", "customerType", "customerType", "relationshipLevel", "relationshipLevel");
    /** Dimensions that are fields under field policy: counting by them shows their values. */
    private static final java.util.Set<String> POLICED_DIMENSIONS = java.util.Set.of("valueClass");
    private static final int MAX_BUCKETS = 50;

    /** One bar or slice: the value's code, its label, how many customers. {@code key} null: not set. */
    public record Bucket(String key, String label, long count) {
    }

    public record Distribution(String by, List<Bucket> buckets, long total) {
    }

    private final CustomerAccess access;
    private final CustomerSpecifications specifications;
    private final CurrentUser currentUser;
    private final Dictionaries dictionaries;
    private final Regions regions;
    private final Names names;
    private final MessageSource messages;
    private final EntityManager em;

    CustomerStats(CustomerAccess access, CustomerSpecifications specifications, CurrentUser currentUser,
            Dictionaries dictionaries, Regions regions, Names names, MessageSource messages, EntityManager em) {
        this.access = access;
        this.specifications = specifications;
        this.currentUser = currentUser;
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.names = names;
        this.messages = messages;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Distribution distribution(String by, CustomerFilter filter) {
        String attribute = DIMENSIONS.get(by);
        if (attribute == null) {
            throw ApiException.invalidField("by", "customer.validation.statsDimension", String.join(", ",
                    DIMENSIONS.keySet().stream().sorted().toList()));
        }
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        specifications.requireVisibleFilters(filter, POLICED_DIMENSIONS.contains(by) ? new String[] {by}
                : new String[0]);
        Specification<Customer> spec = currentUser.scope(access.type(), Operation.VIEW).<Customer>specification(
                access.type()).and(specifications.matching(filter, currentUser.id()));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> root = query.from(Customer.class);
        Expression<Object> key = root.get(attribute);
        Expression<Long> count = cb.count(root);
        query.multiselect(key, count).where(spec.toPredicate(root, query, cb)).groupBy(key)
                .orderBy(cb.desc(count));
        List<Tuple> rows = em.createQuery(query).getResultList();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = labels(by, rows, locale);
        List<Bucket> buckets = new ArrayList<>();
        long total = 0;
        long other = 0;
        for (Tuple row : rows) {
            long n = row.get(1, Long.class);
            total += n;
            Object value = row.get(0);
            String code = value == null ? null : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            if (buckets.size() < MAX_BUCKETS) {
                buckets.add(new Bucket(code, code == null ? messages.getMessage(
                        "owner".equals(by) ? "customer.stats.inPool" : "customer.stats.notSet", null, locale)
                        : labels.getOrDefault(code, code), n));
            } else {
                other += n;
            }
        }
        if (other > 0) {
            buckets.add(new Bucket("*", messages.getMessage("customer.stats.other", null, locale), other));
        }
        return new Distribution(by, buckets, total);
    }

    private Map<String, String> labels(String by, List<Tuple> rows, Locale locale) {
        return switch (by) {
            case "source" -> dictionaries.labels("customer_source", locale);
            case "industry" -> dictionaries.labels("industry", locale);
            case "relationshipLevel" -> dictionaries.labels("customer_level", locale);
            case "region" -> {
                Map<String, String> regionNames = new HashMap<>();
                rows.stream().map(r -> (String) r.get(0)).filter(Objects::nonNull)
                        .forEach(code -> regionNames.put(code, regions.label(code, null, null)));
                yield regionNames;
            }
            case "owner" -> {
                Map<String, String> owners = new HashMap<>();
                names.users(rows.stream().map(r -> (Long) r.get(0)).toList())
                        .forEach((id, name) -> owners.put(String.valueOf(id), name));
                yield owners;
            }
            default -> enumLabels(by, rows, locale);
        };
    }

    private Map<String, String> enumLabels(String by, List<Tuple> rows, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        for (Tuple row : rows) {
            if (row.get(0) instanceof Enum<?> e) {
                labels.put(e.name(), messages.getMessage("customer." + by + "." + e.name(), null, e.name(), locale));
            }
        }
        return labels;
    }
}
