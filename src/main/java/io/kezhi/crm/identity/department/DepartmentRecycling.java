package io.kezhi.crm.identity.department;

import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import org.springframework.stereotype.Component;

/** A department comes back unless a sibling has taken its name meanwhile. */
@Component
class DepartmentRecycling extends EntityRecycling<Department> {

    private final DepartmentRepository departments;

    DepartmentRecycling(DepartmentRepository departments, TenantJdbc jdbc) {
        super(IdentityRecordTypes.DEPARTMENT, Department.class, "department", "entity.department", jdbc);
        this.departments = departments;
    }

    @Override
    protected void checkRestorable(Department department) {
        if (departments.existsByParentIdAndNameIgnoreCase(department.getParentId(), department.getName())) {
            throw ApiException.conflict("validation.departmentNameTaken", department.getName());
        }
    }
}
