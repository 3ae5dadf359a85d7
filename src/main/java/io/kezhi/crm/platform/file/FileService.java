package io.kezhi.crm.platform.file;

import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.platform.AttachmentView;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachment API's use cases, with their permission checks: edit on the record to add or remove
 * a file, view on it to list or download. A file whose record the caller may not reach answers like
 * a file that does not exist.
 */
@Service
class FileService {

    static final String LABEL = "file.label";

    /** A file to send: what it is, and its bytes (the receiver closes the stream). */
    record Download(AttachmentView file, InputStream content) {
    }

    private final StoredFiles files;
    private final SubjectAccess access;
    private final FileChecks checks;

    FileService(StoredFiles files, SubjectAccess access, FileChecks checks) {
        this.files = files;
        this.access = access;
        this.checks = checks;
    }

    @Transactional
    public AttachmentView upload(String subjectType, long subjectId, MultipartFile upload) throws IOException {
        SubjectRef subject = access.require(subjectType, subjectId, Operation.EDIT);
        if (upload == null) {
            throw ApiException.invalidField(FileChecks.FIELD, "file.required");
        }
        String name = FileNames.sanitise(upload.getOriginalFilename());
        FileType type = checks.check(name, upload.getSize(), upload);
        try (InputStream content = upload.getInputStream()) {
            return files.add(subject, name, type, content);
        }
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(String subjectType, long subjectId) {
        return files.of(access.require(subjectType, subjectId, Operation.VIEW));
    }

    @Transactional(readOnly = true)
    public Download download(long id) throws IOException {
        StoredFile file = reachable(id, Operation.VIEW);
        return new Download(StoredFiles.view(file), files.open(file));
    }

    @Transactional
    public void delete(long id) {
        files.remove(reachable(id, Operation.EDIT));
    }

    private StoredFile reachable(long id, Operation operation) {
        return files.find(id).filter(file -> access.permits(file.subject(), operation))
                .orElseThrow(() -> ApiException.notFound(LABEL));
    }
}
