package io.kezhi.crm.platform.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NotificationRepository extends JpaRepository<Notification, Long>, JpaSpecificationExecutor<Notification> {

    long countByUserIdAndReadAtIsNull(long userId);

    Optional<Notification> findByIdAndUserId(long id, long userId);
}
