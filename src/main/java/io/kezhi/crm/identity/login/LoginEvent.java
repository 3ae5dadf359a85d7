package io.kezhi.crm.identity.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sign-in, failed sign-in or sign-out. Not tenant-filtered by Hibernate because a failed
 * attempt may name no known company; it is read only through the scoped history query.
 */
@Entity
@Table(name = "login_event")
class LoginEvent {

    enum Type { LOGIN, LOGOUT }

    enum Result { SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, IP_DENIED, UNKNOWN_COMPANY }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kz_seq")
    @SequenceGenerator(name = "kz_seq", sequenceName = "kz_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 16)
    private Type eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Result result;

    @Column(length = 64)
    private String ip;

    @Column(name = "user_agent", length = 512)
    private String userAgent;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginEvent() {
    }

    LoginEvent(Long tenantId, Long userId, String username, Type eventType, Result result, String ip,
            String userAgent) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.username = truncate(username, 64);
        this.eventType = eventType;
        this.result = result;
        this.ip = truncate(ip, 64);
        this.userAgent = truncate(userAgent, 512);
        this.occurredAt = Instant.now();
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
