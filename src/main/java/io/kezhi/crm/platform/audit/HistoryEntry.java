package io.kezhi.crm.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: who changed it, when, from where, and each field's value before and
 * after. {@code beforeText}/{@code afterText} carry display names for references (department,
 * superior, roles...) and are null otherwise.
 */
public record HistoryEntry(long revision, Instant at, Long userId, String userName, String ip, Action action,
        List<Change> changes) {

    public enum Action { CREATE, UPDATE, DELETE, RESTORE }

    public record Change(String field, Object before, Object after, String beforeText, String afterText) {
    }
}
