package io.kezhi.crm.platform.file;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    List<StoredFile> findBySubjectTypeAndSubjectIdOrderByUploadedAtDescIdDesc(String subjectType, long subjectId);
}
