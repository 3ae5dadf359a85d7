package io.kezhi.crm.platform.dictionary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DictItemRepository extends JpaRepository<DictItem, Long> {

    List<DictItem> findByTypeIdOrderBySortOrderAscIdAsc(long typeId);

    Optional<DictItem> findByIdAndTypeId(long id, long typeId);
}
