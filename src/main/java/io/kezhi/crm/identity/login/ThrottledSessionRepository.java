package io.kezhi.crm.identity.login;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The JDBC session store, writing a session's last access at most once a minute. Spring Session
 * moves the last access on every request, and its JDBC store then updates the session row and
 * commits — a write and a disk flush for every read-only request. The idle timeout (hours) does not
 * need that precision: a session is kept alive by a request at least {@link #ACCESS_WRITE_INTERVAL}
 * after its stored last access; attribute changes (sign-in) are saved as before.
 */
final class ThrottledSessionRepository implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    /** Stops the store's clean-up of expired sessions with the application (the store's own destroy). */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public Session createSession() {
        return new ThrottledSession(store.createSession());
    }

    @Override
    public void save(Session session) {
        store.save(session instanceof ThrottledSession throttled ? throttled.stored : session);
    }

    /** Reads the session outside a transaction ({@link SessionReads}). */
    @Override
    public Session findById(String id) {
        Session found = SessionReads.reading(() -> store.findById(id));
        return found == null ? null : new ThrottledSession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new ThrottledSession(session)));
        return found;
    }

    /** A stored session whose last access moves only when it is at least a minute newer. */
    private static final class ThrottledSession implements Session {

        private final Session stored;

        ThrottledSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(ACCESS_WRITE_INTERVAL) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
