package io.kezhi.crm.platform.dictionary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DictTypeRepository extends JpaRepository<DictType, Long> {

    List<DictType> findAllByOrderByBuiltinDescCodeAsc();

    Optional<DictType> findByCode(String code);
}
