package io.kezhi.crm.dataexchange.job;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findByIdAndCreatedBy(long id, long createdBy);

    List<ImportJob> findByCreatedByAndTargetOrderByCreatedAtDesc(long createdBy, String target, Pageable page);

    List<ImportJob> findByCreatedByOrderByCreatedAtDesc(long createdBy, Pageable page);
}
