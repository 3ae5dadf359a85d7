package io.kezhi.crm.identity.share;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordShareRepository extends JpaRepository<RecordShare, Long> {

    List<RecordShare> findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(String subjectType, long subjectId);

    Optional<RecordShare> findBySubjectTypeAndSubjectIdAndGranteeTypeAndGranteeId(String subjectType, long subjectId,
            RecordShare.GranteeType granteeType, long granteeId);
}
