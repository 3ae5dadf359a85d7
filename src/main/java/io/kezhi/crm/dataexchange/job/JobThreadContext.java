package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a job's thread works as (its user's security context and its company), carried to the
 * threads that help it, so that work there sees the same user and company, and nothing stays
 * behind on a pooled thread afterwards.
 */
record JobThreadContext(SecurityContext security, OptionalLong tenant) {

    static JobThreadContext capture() {
        return new JobThreadContext(SecurityContextHolder.getContext(), TenantContext.current());
    }

    <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            return tenant.isPresent() ? TenantContext.callAs(tenant.getAsLong(), work) : work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
