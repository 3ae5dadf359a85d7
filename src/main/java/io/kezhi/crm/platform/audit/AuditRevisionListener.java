package io.kezhi.crm.platform.audit;

import io.kezhi.crm.shared.security.Actor;
import io.kezhi.crm.shared.security.CurrentActor;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.shared.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.hibernate.envers.RevisionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Fills each audit revision from the signed-in user and the current request. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        describe((AuditRevision) revisionEntity);
    }

    /** The user, company, address and request of the current thread. */
    static void describe(AuditRevision revision) {
        Optional<Actor> actor = CurrentActor.get();
        Long tenant = TenantContext.current().isPresent() ? TenantContext.current().getAsLong() : null;
        String ip = null;
        String requestId = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            ip = request.getRemoteAddr();
            Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
            requestId = id == null ? null : id.toString();
        }
        revision.describe(tenant, actor.map(Actor::userId).orElse(null),
                actor.map(Actor::displayName).orElse(null), ip, requestId);
    }
}
