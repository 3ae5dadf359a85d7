package io.kezhi.crm.customer.merge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerMergeRepository extends JpaRepository<CustomerMerge, Long> {

    List<CustomerMerge> findBySurvivorIdOrderByMergedAtDescIdDesc(long survivorId);
}
