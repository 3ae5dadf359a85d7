package io.kezhi.crm.shared.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.context.request.RequestAttributes;

/**
 * The request attributes of work done outside a request (a background job, on its thread and the
 * threads that help it): what is kept "for the request" is kept for the job, the way a request keeps
 * it for its own length — the caller's access profile above all, built once instead of once per
 * question asked of it. Only the request scope exists; there is no session. Safe for concurrent use.
 * The job calls {@link #completed} when it ends, as a request's end would, to run what was registered
 * to happen then.
 */
public final class JobAttributes implements RequestAttributes {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final List<Runnable> onCompletion = new CopyOnWriteArrayList<>();
    private final Object mutex = new Object();

    /** Runs the destruction callbacks registered for the job's attributes, once the job has ended. */
    public void completed() {
        onCompletion.forEach(Runnable::run);
        onCompletion.clear();
        attributes.clear();
    }

    @Override
    public Object getAttribute(String name, int scope) {
        return scope == SCOPE_REQUEST ? attributes.get(name) : null;
    }

    @Override
    public void setAttribute(String name, Object value, int scope) {
        requireRequestScope(scope);
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
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
        requireRequestScope(scope);
        onCompletion.add(callback);
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
