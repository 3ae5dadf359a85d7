package io.kezhi.crm.identity.department;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DepartmentRepository extends JpaRepository<Department, Long>, JpaSpecificationExecutor<Department> {

    List<Department> findByParentIdIsNull();

    boolean existsByParentIdAndNameIgnoreCase(Long parentId, String name);
}
