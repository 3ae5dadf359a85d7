package io.kezhi.crm.customer.pool;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerPoolRepository extends JpaRepository<CustomerPool, Long> {

    Optional<CustomerPool> findByDepartmentId(long departmentId);

    List<CustomerPool> findAllByOrderByIdAsc();
}
