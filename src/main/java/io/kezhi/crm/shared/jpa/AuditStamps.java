package io.kezhi.crm.shared.jpa;

import io.kezhi.crm.shared.security.CurrentActor;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/**
 * Stamps creation, update and deletion time (and who) on every {@link AuditedEntity} from the
 * application's {@link Clock}, the same clock the time rules read, so a test that moves the clock
 * moves the stamps. Hibernate creates it through Spring's bean container, which injects the clock of
 * its own context.
 */
public class AuditStamps {

    private final Clock clock;

    public AuditStamps(Clock clock) {
        this.clock = clock;
    }

    @PrePersist
    void stampCreation(AuditedEntity entity) {
        entity.stampCreation(clock.instant(), CurrentActor.userIdOrNull());
    }

    @PreUpdate
    void stampUpdate(AuditedEntity entity) {
        Instant now = clock.instant();
        entity.stampUpdate(now, CurrentActor.userIdOrNull());
        if (entity instanceof SoftDeletableEntity deletable) {
            deletable.stampDeletion(now);
        }
    }
}
