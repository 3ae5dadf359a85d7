package io.kezhi.crm.identity.access;

import io.kezhi.crm.identity.AccessRelevant;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Moves the company's {@code access_version} when an {@link AccessRelevant} entity or one of its
 * collections is written: once per transaction and company, just before it commits, in the same
 * transaction, so every node sees the new version exactly when it sees the change. Whatever path
 * writes these entities through Hibernate (services, recycle bin, demo data) is covered. The version
 * has a table of its own (V2_16): on the company's row, which every new row's foreign key locks in
 * share mode on MariaDB, two such transactions deadlocked.
 */
@Component
class AccessChangeTracker implements Integrator, HibernatePropertiesCustomizer, PostInsertEventListener,
        PostUpdateEventListener, PostDeleteEventListener, PostCollectionRecreateEventListener,
        PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    static final String BUMP = "UPDATE access_version SET version = version + 1 WHERE tenant_id = ?";

    /** Companies already scheduled for a bump, per session (one transaction at a time). */
    private final Map<SharedSessionContractImplementor, Set<Long>> scheduled = new WeakHashMap<>();

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(this));
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        EventListenerRegistry listeners = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        changed(event.getAffectedOwnerOrNull(), event.getSession());
    }

    private void changed(Object entity, SharedSessionContractImplementor session) {
        if (!(entity instanceof AccessRelevant relevant) || relevant.getTenantId() == null) {
            return;
        }
        long companyId = relevant.getTenantId();
        synchronized (scheduled) {
            if (!scheduled.computeIfAbsent(session, s -> new HashSet<>()).add(companyId)) {
                return;
            }
        }
        TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((BeforeCompletionCallback) s -> bump(s, companyId));
        callbacks.registerCallback((AfterCompletionCallback) (success, s) -> forget(s));
    }

    private void forget(SharedSessionContractImplementor session) {
        synchronized (scheduled) {
            scheduled.remove(session);
        }
    }

    private static void bump(SharedSessionContractImplementor session, long companyId) {
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BUMP)) {
                statement.setLong(1, companyId);
                if (statement.executeUpdate() != 1) {
                    // without its row no node would ever see the change: fail the transaction instead
                    throw new IllegalStateException("Company " + companyId + " has no access version row");
                }
            }
        });
    }
}
