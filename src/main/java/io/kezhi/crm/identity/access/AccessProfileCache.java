package io.kezhi.crm.identity.access;

import io.kezhi.crm.identity.AccessProfile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Access profiles of this node, kept per user for as long as their company's access version stays
 * the same ({@code access_version}, moved by {@link AccessChangeTracker} with every change a
 * profile is built from). A request that reads a newer version builds the profile again, so a
 * change made on any node applies to the next request everywhere.
 */
@Component
public class AccessProfileCache {

    /** More users than this on one node and the cache starts over (it only saves queries). */
    static final int MAX_ENTRIES = 20_000;

    private record Key(long companyId, long userId) {
    }

    private record Entry(long accessVersion, AccessProfile profile) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The cached profile built at this access version, or a freshly loaded one (then cached). */
    public AccessProfile get(long companyId, long userId, long accessVersion, Supplier<AccessProfile> load) {
        Key key = new Key(companyId, userId);
        Entry entry = entries.get(key);
        if (entry != null && entry.accessVersion() == accessVersion) {
            return entry.profile();
        }
        AccessProfile profile = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(accessVersion, profile));
        return profile;
    }
}
