package io.kezhi.crm.testsupport.memo;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MemoRepository extends JpaRepository<Memo, Long>, JpaSpecificationExecutor<Memo> {
}
