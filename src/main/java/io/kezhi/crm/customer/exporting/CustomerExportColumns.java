package io.kezhi.crm.customer.exporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a customer export can have: key (as in {@code columns=}), header message key, and
 * the field-policy field that hides it (null: never hidden).
 */
final class CustomerExportColumns {

    record Column(String key, String labelKey, String policedField) {
    }

    static final Map<String, Column> ALL = new LinkedHashMap<>();

    static {
        add("name", "customer.import.field.name", null);
        add("customerType", "field.customerType", null);
        add("source", "field.source", null);
        add("industry", "field.industry", null);
        add("valueClass", "field.valueClass", "valueClass");
        add("relationshipLevel", "field.relationshipLevel", null);
        add("status", "customer.import.field.status", null);
        add("lifecycleStage", "field.lifecycleStage", null);
        add("region", "customer.import.field.region", null);
        add("address", "field.address", "address");
        add("staffSize", "field.staffSize", null);
        add("phone", "field.phone", "phone");
        add("phone2", "field.phone2", "phone2");
        add("email", "field.email", "email");
        add("website", "field.website", null);
        add("idNumber", "field.idNumber", "idNumber");
        add("membershipNo", "field.membershipNo", "membershipNo");
        add("points", "field.points", "points");
        add("tags", "field.tags", null);
        add("owner", "customer.import.field.owner", null);
        add("ownerDept", "field.department", null);
        add("pool", "entity.customerPool", null);
        add("lastFollowUpAt", "customer.export.column.lastFollowUpAt", null);
        add("nextFollowUpAt", "field.nextFollowUpAt", null);
        add("createdAt", "customer.export.column.createdAt", null);
        add("updatedAt", "customer.export.column.updatedAt", null);
        add("remark", "field.remark", "remark");
    }

    /** Exported when the request names no columns. */
    static final List<String> DEFAULT = List.of("name", "customerType", "source", "industry", "valueClass", "status",
            "lifecycleStage", "region", "address", "phone", "email", "tags", "owner", "lastFollowUpAt", "createdAt");

    private CustomerExportColumns() {
    }

    private static void add(String key, String labelKey, String policedField) {
        ALL.put(key, new Column(key, labelKey, policedField));
    }
}
