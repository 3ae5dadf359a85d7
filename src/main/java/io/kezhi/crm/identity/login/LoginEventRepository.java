package io.kezhi.crm.identity.login;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {
}
