package io.kezhi.crm.identity;

import java.util.List;

/**
 * What a module's permissions look like in the demo company: grants per demo role name (总经理,
 * 全国市场总监, 销售总监, 销售代表, 销售助理). Declared as a bean by the module; the demo company's
 * roles get them when it is created, and on later starts when a role lacks them.
 */
public record DemoRoleGrants(List<Grant> grants) {

    public record Grant(String roleName, String module, Operation operation, DataScope scope) {
    }

    public DemoRoleGrants {
        grants = List.copyOf(grants);
    }
}
