package io.kezhi.bench.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The roles of the bench company, one per data scope on customers, with the grants a real company
 * would give them (the same modules and operations as the demo company's roles).
 */
public enum BenchRole {
    SALES_DIRECTOR("销售总监", "全公司客户：查看、分配、导入导出", "ALL"),
    BRANCH_DIRECTOR("分公司总监", "本分公司及下属团队的客户", "DEPARTMENT_TREE"),
    SALES_MANAGER("销售经理", "本团队的客户", "DEPARTMENT"),
    SALES_REP("销售代表", "自己的客户", "OWN");

    private final String roleName;
    private final String description;
    private final String customerScope;

    BenchRole(String roleName, String description, String customerScope) {
        this.roleName = roleName;
        this.description = description;
        this.customerScope = customerScope;
    }

    public String roleName() {
        return roleName;
    }

    public String customerScope() {
        return customerScope;
    }

    /** The body of POST /api/v1/roles. */
    Map<String, Object> request() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", roleName);
        body.put("description", description);
        body.put("permissions", grants());
        body.put("fieldPolicies", List.of());
        return body;
    }

    private List<Map<String, String>> grants() {
        List<Map<String, String>> grants = new ArrayList<>();
        List<String> customerOperations = switch (this) {
            case SALES_DIRECTOR -> List.of("VIEW", "CREATE", "EDIT", "DELETE", "SHARE", "ASSIGN", "IMPORT", "EXPORT",
                    "PRINT");
            case BRANCH_DIRECTOR -> List.of("VIEW", "CREATE", "EDIT", "DELETE", "SHARE", "ASSIGN", "IMPORT", "EXPORT");
            case SALES_MANAGER -> List.of("VIEW", "CREATE", "EDIT", "SHARE", "ASSIGN", "EXPORT");
            case SALES_REP -> List.of("VIEW", "CREATE", "EDIT", "SHARE", "EXPORT");
        };
        customerOperations.forEach(op -> grants.add(grant("customer", op, customerScope)));
        String organisationScope = this == SALES_REP ? "DEPARTMENT" : customerScope;
        grants.add(grant("user", "VIEW", organisationScope));
        grants.add(grant("department", "VIEW", organisationScope));
        if (this != SALES_REP) {
            grants.add(grant("customerPool", "VIEW", "ALL"));
            grants.add(grant("loginlog", "VIEW", customerScope));
        }
        if (this == SALES_DIRECTOR) {
            grants.add(grant("customerPool", "CREATE", "ALL"));
            grants.add(grant("customerPool", "EDIT", "ALL"));
        }
        return grants;
    }

    private static Map<String, String> grant(String module, String operation, String scope) {
        return Map.of("module", module, "operation", operation, "scope", scope);
    }
}
