package io.kezhi.crm.shared.tenant;

import io.kezhi.crm.shared.security.CurrentActor;
import io.kezhi.crm.shared.security.Actor;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The company (tenant) whose data the current thread works on. It comes from the authenticated
 * principal, never from a header or parameter; system work (sign-in, jobs, company set-up) names
 * the tenant explicitly with {@link #callAs}.
 */
public final class TenantContext {

    /** Matches no row: used when no tenant is known, so a forgotten context reads nothing. */
    public static final long NO_TENANT = -1L;

    private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static OptionalLong current() {
        Long override = OVERRIDE.get();
        if (override != null) {
            return OptionalLong.of(override);
        }
        return CurrentActor.get().map(Actor::tenantId).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public static long require() {
        return current().orElseThrow(() -> new IllegalStateException("No company in the current context"));
    }

    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
