package io.kezhi.crm.shared.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.context.request.RequestAttributes;

/**
 * The request attributes of work done outside a request (a background job, on its thread and the
 * threads that help it): what is kept "for the request" is kept for the job, the way a request keeps
 * it for its own length — the caller's access profile above all, built once instead of once per
 * question asked of it. Only the request scope exists; there is no session. Safe for concurrent use.
 */
public final class JobAttributes implements RequestAttributes {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Object mutex = new Object();

    @Override
    public Object getAttribute(String name, int scope) {
        return scope == SCOPE_REQUEST ? attributes.get(name) : null;
    }

    @Override
    public void setAttribute(String name, Object value, int scope) {
        requireRequestScope(scope);
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name, int scope) {
        if (scope == SCOPE_REQUEST) {
            attributes.remove(name);
        }
    }

    @Override
    public String[] getAttributeNames(int scope) {
        return scope == SCOPE_REQUEST ? attributes.keySet().toArray(String[]::new) : new String[0];
    }

    @Override
    public void registerDestructionCallback(String name, Runnable callback, int scope) {
        throw new UnsupportedOperationException("A job's attributes have no destruction callbacks");
    }

    @Override
    public Object resolveReference(String key) {
        return null;
    }

    @Override
    public String getSessionId() {
        throw new IllegalStateException("A job has no session");
    }

    @Override
    public Object getSessionMutex() {
        return mutex;
    }

    private static void requireRequestScope(int scope) {
        if (scope != SCOPE_REQUEST) {
            throw new IllegalStateException("A job has no session");
        }
    }
}
