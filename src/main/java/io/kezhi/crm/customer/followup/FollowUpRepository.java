package io.kezhi.crm.customer.followup;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long>, JpaSpecificationExecutor<FollowUp> {

    List<FollowUp> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId, Pageable page);

    List<FollowUp> findByCustomerId(long customerId);
}
