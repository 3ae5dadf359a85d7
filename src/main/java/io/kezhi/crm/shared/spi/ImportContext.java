package io.kezhi.crm.shared.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One import job as the target sees it: who imports, and a place to keep lookups (dictionaries,
 * users by name, permission answers) loaded once per job instead of once per row.
 */
public final class ImportContext {

    private final long userId;
    private final Map<Object, Object> memos = new HashMap<>();

    public ImportContext(long userId) {
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    /** The value for the key, computed on first use within this job (by one thread, if several ask). */
    @SuppressWarnings("unchecked")
    public synchronized <T> T memo(Object key, Supplier<T> loader) {
        Object value = memos.get(key);
        if (value == null) {
            value = loader.get();
            memos.put(key, value);
        }
        return (T) value;
    }
}
