package io.kezhi.crm.platform.audit;

import io.kezhi.crm.platform.AuditRevisions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/** Writes the {@link AuditRevision} row Envers would write, for changes written with SQL. */
@Component
class AuditRevisionWriter implements AuditRevisions {

    @PersistenceContext
    private EntityManager em;

    @Override
    public long open() {
        AuditRevision revision = new AuditRevision();
        revision.stamp(System.currentTimeMillis());
        AuditRevisionListener.describe(revision);
        em.persist(revision);
        em.flush();
        return revision.getId();
    }
}
