package io.kezhi.crm.identity.login;

import io.kezhi.crm.shared.db.SqlVendor;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lockout: after {@code kezhi.security.lockout.max-failures} failed sign-ins for one company and
 * login name (whether or not that user exists) the name is locked for
 * {@code kezhi.security.lockout.duration}. Counting per name rather than per user keeps unknown
 * names and real ones indistinguishable.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SqlVendor vendor;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(JdbcClient jdbc, SqlVendor vendor, @Value("${kezhi.security.lockout.max-failures:5}") int maxFailures,
            @Value("${kezhi.security.lockout.duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    Duration lockDuration() {
        return lockDuration;
    }

    /** When the name is locked, until when. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(long tenantId, String username) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE tenant_id = :t AND username = :u")
                .param("t", tenantId).param("u", username)
                .query((rs, i) -> Optional.ofNullable(vendor.instant(rs, "locked_until"))).optional()
                .flatMap(until -> until)
                .filter(until -> until.isAfter(Instant.now()));
    }

    /** Counts a failure; returns true when this failure locked the name. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(long tenantId, String username) {
        Instant now = Instant.now();
        int failures = jdbc.sql("SELECT failures FROM login_attempt WHERE tenant_id = :t AND username = :u")
                .param("t", tenantId).param("u", username).query(Integer.class).optional().orElse(0) + 1;
        boolean lock = failures >= maxFailures;
        Object lockedUntil = lock ? vendor.bindable(now.plus(lockDuration)) : null;
        int stored = lock ? 0 : failures;
        int updated = jdbc.sql("""
                UPDATE login_attempt SET failures = :f, last_failure_at = :now, locked_until = :until
                WHERE tenant_id = :t AND username = :u""")
                .param("f", stored).param("now", vendor.bindable(now)).param("until", lockedUntil)
                .param("t", tenantId).param("u", username).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO login_attempt (tenant_id, username, failures, last_failure_at, locked_until)
                        VALUES (:t, :u, :f, :now, :until)""")
                        .param("t", tenantId).param("u", username).param("f", stored)
                        .param("now", vendor.bindable(now)).param("until", lockedUntil).update();
            } catch (DuplicateKeyException concurrent) {
                return recordFailure(tenantId, username);
            }
        }
        return lock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(long tenantId, String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE tenant_id = :t AND username = :u")
                .param("t", tenantId).param("u", username).update();
    }
}
