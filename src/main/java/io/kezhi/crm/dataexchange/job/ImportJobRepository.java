package io.kezhi.crm.dataexchange.job;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findByIdAndCreatedBy(long id, long createdBy);

    /** The job, locked until the caller's transaction ends: status changes wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ImportJob> findLockedByIdAndCreatedBy(long id, long createdBy);

    List<ImportJob> findByCreatedByAndTargetOrderByCreatedAtDesc(long createdBy, String target, Pageable page);

    List<ImportJob> findByCreatedByOrderByCreatedAtDesc(long createdBy, Pageable page);
}
