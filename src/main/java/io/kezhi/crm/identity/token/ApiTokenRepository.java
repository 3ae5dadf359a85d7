package io.kezhi.crm.identity.token;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);
}
