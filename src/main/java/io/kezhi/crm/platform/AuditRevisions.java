package io.kezhi.crm.platform;

/**
 * Audit revisions for changes written with SQL rather than through Hibernate (bulk imports). The
 * caller writes the records' {@code *_aud} rows itself, in the shape Envers gives them, under the
 * revision opened here; the history then shows those changes like any others.
 */
public interface AuditRevisions {

    /**
     * A new revision in the current transaction, described as Envers describes its own: now, the
     * current user and company, and the request's address and id when there is a request.
     */
    long open();
}
