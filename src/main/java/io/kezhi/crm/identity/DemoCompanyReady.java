package io.kezhi.crm.identity;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Published on every start with demo data enabled, once the demo company exists, in its tenant
 * context. Modules add their demo records when the company has none yet, acting as the demo people
 * through {@link #as}.
 *
 * @param users       demo user ids by user name (admin included)
 * @param departments demo department ids by name
 */
public record DemoCompanyReady(long companyId, Map<String, Long> users, Map<String, Long> departments,
        Actors actors) {

    /** Runs work signed in as one of the demo users. */
    public interface Actors {
        <T> T as(String username, Supplier<T> work);
    }

    public <T> T as(String username, Supplier<T> work) {
        return actors.as(username, work);
    }
}
