package io.kezhi.crm.customer.merge;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the surviving value of each field from the customers being merged. A field's value is
 * taken whole from one customer; the region (province, city, district) counts as one field so it
 * never mixes places; tags are united.
 */
@Component
class MergeFields {

    /** The fields a merge chooses, in form order. */
    static final List<String> CHOOSABLE = List.of("name", "customerType", "source", "industry", "valueClass",
            "relationshipLevel", "status", "lifecycleStage", "region", "address", "staffSize", "phone", "phone2",
            "email", "website", "idNumber", "membershipNo", "points", "remark");

    private static final Map<String, List<String>> COLUMNS_OF = Map.of("region",
            List.of("provinceCode", "cityCode", "districtCode"));

    private final JsonMapper json;

    /** The profile columns a choosable field stands for (the region is three). */
    static List<String> columnsOf(String field) {
        return COLUMNS_OF.getOrDefault(field, List.of(field));
    }

    MergeFields(JsonMapper json) {
        this.json = json;
    }

    /** The survivor's profile after the merge. */
    CustomerProfile choose(Customer survivor, List<Customer> merged, Map<String, Long> choices) {
        Map<Long, Map<String, Object>> profiles = new LinkedHashMap<>();
        profiles.put(survivor.getId(), asMap(survivor.profile()));
        merged.forEach(c -> profiles.put(c.getId(), asMap(c.profile())));
        Map<String, Long> chosen = choices == null ? Map.of() : choices;
        List<FieldViolation> violations = new ArrayList<>();
        chosen.forEach((field, from) -> {
            if (!CHOOSABLE.contains(field)) {
                violations.add(new FieldViolation("values." + field, "validation.unknownField"));
            } else if (from == null || !profiles.containsKey(from)) {
                violations.add(new FieldViolation("values." + field, "customer.validation.mergeSource"));
            }
        });
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Map<String, Object> result = new HashMap<>(profiles.get(survivor.getId()));
        for (String field : CHOOSABLE) {
            long source = chosen.containsKey(field) ? chosen.get(field) : firstWithValue(field, profiles,
                    survivor.getId());
            for (String column : COLUMNS_OF.getOrDefault(field, List.of(field))) {
                result.put(column, profiles.get(source).get(column));
            }
        }
        Set<String> tags = new HashSet<>();
        profiles.values().forEach(p -> tags.addAll(stringSet(p.get("tags"))));
        result.put("tags", tags);
        return json.convertValue(result, CustomerProfile.class);
    }

    /** The names of the fields whose values differ between two profiles. */
    Set<String> changed(CustomerProfile before, CustomerProfile after) {
        Map<String, Object> a = asMap(before);
        Map<String, Object> b = asMap(after);
        Set<String> changed = new HashSet<>();
        a.keySet().forEach(k -> {
            if (!Objects.equals(a.get(k), b.get(k))) {
                changed.add(k);
            }
        });
        return changed;
    }

    /** The profile with the given columns taken from another profile. */
    CustomerProfile withColumns(CustomerProfile base, CustomerProfile from, Set<String> columns) {
        Map<String, Object> result = asMap(base);
        Map<String, Object> source = asMap(from);
        columns.forEach(c -> result.put(c, source.get(c)));
        return json.convertValue(result, CustomerProfile.class);
    }

    /** The profile as field name to value, tags as a set. */
    Map<String, Object> asMap(CustomerProfile profile) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.convertValue(profile, Map.class);
        map.put("tags", new HashSet<>(stringSet(map.get("tags"))));
        return map;
    }

    private long firstWithValue(String field, Map<Long, Map<String, Object>> profiles, long survivorId) {
        String column = COLUMNS_OF.getOrDefault(field, List.of(field)).get(0);
        if (present(profiles.get(survivorId).get(column))) {
            return survivorId;
        }
        return profiles.entrySet().stream().filter(e -> present(e.getValue().get(column))).map(Map.Entry::getKey)
                .findFirst().orElse(survivorId);
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String s && s.isEmpty())
                && !(value instanceof Number n && n.longValue() == 0);
    }

    private static Set<String> stringSet(Object value) {
        Set<String> set = new HashSet<>();
        if (value instanceof Iterable<?> items) {
            items.forEach(i -> set.add(String.valueOf(i)));
        }
        return set;
    }
}
