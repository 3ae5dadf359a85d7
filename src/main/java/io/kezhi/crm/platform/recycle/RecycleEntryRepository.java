package io.kezhi.crm.platform.recycle;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecycleEntryRepository extends JpaRepository<RecycleEntry, Long> {

    List<RecycleEntry> findTop200ByPurgeAfterBeforeOrderByPurgeAfterAsc(Instant now);
}
