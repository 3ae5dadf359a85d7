package io.kezhi.crm.identity.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsByCode(String code);
}
