package io.kezhi.crm.customer.account;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerEventRepository extends JpaRepository<CustomerEvent, Long> {

    List<CustomerEvent> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId, Pageable page);
}
