package io.kezhi.crm.platform;

import io.kezhi.crm.shared.SubjectRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Files attached to records, for other modules. Everything runs in the current company and checks
 * no permission of its own: the caller has already decided that the user may act on the record.
 * Users upload, download and delete through {@code /api/v1/files}, which does check.
 */
public interface Attachments {

    /** The record's files, newest first. */
    List<AttachmentView> of(SubjectRef subject);

    /** How many files each record has, in one query (for lists); records without files count 0. */
    Map<Long, Integer> counts(String subjectType, Collection<Long> subjectIds);

    /** Attaches every file of {@code from} to {@code to} (e.g. when customers are merged). */
    void moveAll(SubjectRef from, SubjectRef to);

    /** Attaches those of the given files that are still on {@code from} to {@code to} (undoing a move). */
    void move(Collection<Long> fileIds, SubjectRef from, SubjectRef to);

    /**
     * Deletes the record's files (e.g. when it is purged from the recycle bin): the rows now, the
     * bytes on disk once the transaction has committed.
     */
    void deleteAll(SubjectRef subject);
}
