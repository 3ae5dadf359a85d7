package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who a job's thread works as (its user's security context and its company) and what it keeps
 * for its run (its request attributes, {@link io.kezhi.crm.shared.jobs.JobAttributes}), carried to
 * the threads that help it, so that work there sees the same user, company and kept profile, and
 * nothing stays behind on a pooled thread afterwards.
 */
record JobThreadContext(SecurityContext security, OptionalLong tenant, RequestAttributes attributes) {

    static JobThreadContext capture() {
        return new JobThreadContext(SecurityContextHolder.getContext(), TenantContext.current(),
                RequestContextHolder.getRequestAttributes());
    }

    <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        RequestAttributes previousAttributes = RequestContextHolder.getRequestAttributes();
        SecurityContextHolder.setContext(security);
        RequestContextHolder.setRequestAttributes(attributes);
        try {
            return tenant.isPresent() ? TenantContext.callAs(tenant.getAsLong(), work) : work.get();
        } finally {
            RequestContextHolder.setRequestAttributes(previousAttributes);
            SecurityContextHolder.setContext(previous);
        }
    }
}
