package io.kezhi.crm.platform;

import io.kezhi.crm.shared.SubjectRef;

/**
 * Sends in-app notifications (the bell in the top bar). The text is a message key with arguments,
 * shown in each reader's language; the subject lets the client link to the record.
 */
public interface Notifications {

    void notify(long userId, String kind, SubjectRef subject, String messageKey, Object... args);
}
