package io.kezhi.crm.customer.account;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** Customers with their tags in one query (for batches that change many customers). */
    @Query("SELECT DISTINCT c FROM Customer c LEFT JOIN FETCH c.tags WHERE c.id IN :ids")
    List<Customer> findAllWithTags(@Param("ids") Collection<Long> ids);
}
