package io.kezhi.crm.customer.demo;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.DemoRoleGrants;
import io.kezhi.crm.identity.DemoRoleGrants.Grant;
import io.kezhi.crm.identity.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The customer rights of the demo roles (seed 002): managers see everything, branch sales directors
 * run their branch, reps work their own customers, assistants enter and maintain the branch's.
 */
@Configuration(proxyBeanMethods = false)
class CustomerDemoGrants {

    private static final String C = CustomerRecordTypes.CUSTOMER;

    @Bean
    DemoRoleGrants customerRoleGrants() {
        List<Grant> grants = new ArrayList<>();
        add(grants, "总经理", DataScope.ALL, Operation.VIEW, Operation.EXPORT, Operation.ASSIGN);
        grants.add(new Grant("总经理", CustomerRecordTypes.POOL, Operation.VIEW, DataScope.ALL));
        add(grants, "全国市场总监", DataScope.ALL, Operation.VIEW, Operation.EXPORT);
        add(grants, "销售总监", DataScope.DEPARTMENT_TREE, Operation.VIEW, Operation.CREATE, Operation.EDIT,
                Operation.DELETE, Operation.SHARE, Operation.ASSIGN, Operation.IMPORT, Operation.EXPORT);
        grants.add(new Grant("销售总监", CustomerRecordTypes.POOL, Operation.VIEW, DataScope.ALL));
        add(grants, "销售代表", DataScope.OWN, Operation.VIEW, Operation.CREATE, Operation.EDIT, Operation.SHARE,
                Operation.EXPORT);
        add(grants, "销售助理", DataScope.DEPARTMENT_TREE, Operation.VIEW, Operation.CREATE, Operation.EDIT,
                Operation.IMPORT, Operation.EXPORT);
        return new DemoRoleGrants(grants);
    }

    private static void add(List<Grant> grants, String role, DataScope scope, Operation... operations) {
        for (Operation operation : operations) {
            grants.add(new Grant(role, C, operation, scope));
        }
    }
}
