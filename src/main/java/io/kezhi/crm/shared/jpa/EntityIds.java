package io.kezhi.crm.shared.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.springframework.stereotype.Component;

/**
 * Ids for rows written with SQL instead of {@code persist} (bulk imports), taken from the entity's
 * own Hibernate generator: the same pooled optimizer on {@code kz_seq} that {@code persist} uses, so
 * the ids can never collide with those Hibernate hands out, in this JVM or another. Needs a
 * transaction (the sequence is read on its connection).
 */
@Component
public class EntityIds {

    @PersistenceContext
    private EntityManager em;

    /** {@code count} new ids for the entity class. */
    public long[] next(Class<?> entityClass, int count) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        BeforeExecutionGenerator generator = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entityClass).getGenerator();
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
        }
        return ids;
    }
}
