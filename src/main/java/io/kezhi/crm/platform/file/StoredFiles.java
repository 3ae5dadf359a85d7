package io.kezhi.crm.platform.file;

import io.kezhi.crm.platform.AttachmentView;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.security.Actor;
import io.kezhi.crm.shared.security.CurrentActor;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachments of the current company: rows and bytes kept in step with the transaction. A new
 * file is written before its row and removed again if the transaction rolls back; a deleted file's
 * row goes first and its bytes only once the deletion has committed. No permission checks here
 * ({@link FileService} checks for the API; other modules check before calling {@link Attachments}).
 */
@Service
class StoredFiles implements Attachments {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    private final StoredFileRepository files;
    private final FileStorage storage;
    private final TenantJdbc jdbc;
    private final Clock clock;

    StoredFiles(StoredFileRepository files, FileStorage storage, TenantJdbc jdbc, Clock clock) {
        this.files = files;
        this.storage = storage;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentView> of(SubjectRef subject) {
        return files.findBySubjectTypeAndSubjectIdOrderByUploadedAtDescIdDesc(subject.type(), subject.id()).stream()
                .map(StoredFiles::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> counts(String subjectType, Collection<Long> subjectIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return counts;
        }
        subjectIds.forEach(id -> counts.put(id, 0));
        jdbc.sql("""
                SELECT subject_id, COUNT(*) FROM stored_file
                WHERE tenant_id = :tenantId AND subject_type = :type AND subject_id IN (:ids)
                GROUP BY subject_id""", Map.of("type", subjectType, "ids", List.copyOf(subjectIds)))
                .query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    @Override
    @Transactional
    public void moveAll(SubjectRef from, SubjectRef to) {
        files.findBySubjectTypeAndSubjectIdOrderByUploadedAtDescIdDesc(from.type(), from.id())
                .forEach(file -> file.attachTo(to));
        files.flush();
    }

    @Override
    @Transactional
    public void move(Collection<Long> fileIds, SubjectRef from, SubjectRef to) {
        if (fileIds.isEmpty()) {
            return;
        }
        files.findAllById(fileIds).stream()
                .filter(f -> f.subject().equals(from))
                .forEach(file -> file.attachTo(to));
        files.flush();
    }

    @Override
    @Transactional
    public void deleteAll(SubjectRef subject) {
        files.findBySubjectTypeAndSubjectIdOrderByUploadedAtDescIdDesc(subject.type(), subject.id())
                .forEach(this::remove);
    }

    Optional<StoredFile> find(long id) {
        return files.findById(id);
    }

    InputStream open(StoredFile file) throws IOException {
        return storage.open(file.getStorageKey());
    }

    /** Stores the content and records it as attached to the subject (inside the caller's transaction). */
    @Transactional
    public AttachmentView add(SubjectRef subject, String fileName, FileType type, InputStream content)
            throws IOException {
        FileStorage.StoredContent stored = storage.store(TenantContext.require(), content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(stored.key());
                }
            }
        });
        Optional<Actor> actor = CurrentActor.get();
        StoredFile file = files.saveAndFlush(new StoredFile(subject, fileName, type.contentType(), stored,
                actor.map(Actor::userId).orElse(null), actor.map(Actor::displayName).orElse(null),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return view(file);
    }

    /** Deletes the row now and the bytes after the commit (inside the caller's transaction). */
    @Transactional
    public void remove(StoredFile file) {
        String key = file.getStorageKey();
        files.delete(file);
        files.flush();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(key);
            }
        });
    }

    static AttachmentView view(StoredFile file) {
        SubjectRef subject = file.subject();
        return new AttachmentView(file.getId(), subject.type(), subject.id(), file.getFileName(),
                file.getContentType(), file.getSizeBytes(), file.getSha256(), file.getUploadedBy(),
                file.getUploadedByName(), file.getUploadedAt());
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not remove stored file {}; it is no longer referenced and can be deleted by hand", key, e);
        }
    }
}
