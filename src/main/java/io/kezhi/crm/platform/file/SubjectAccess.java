package io.kezhi.crm.platform.file;

import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Access to files is access to the record they are attached to: viewing the files needs view on
 * the record, adding or removing one needs edit. A record outside the caller's scope answers like
 * one that does not exist.
 */
@Component
class SubjectAccess {

    private final RecordTypes recordTypes;
    private final ScopedRecords scopedRecords;

    SubjectAccess(RecordTypes recordTypes, ScopedRecords scopedRecords) {
        this.recordTypes = recordTypes;
        this.scopedRecords = scopedRecords;
    }

    /**
     * The record, if the caller may perform the operation on it: 400 naming {@code subjectType} for
     * an unknown type, 404 outside the scope, 403 when no role grants the operation at all.
     */
    SubjectRef require(String subjectType, long subjectId, Operation operation) {
        RecordType type = recordTypes.find(subjectType)
                .orElseThrow(() -> ApiException.invalidField("subjectType", "validation.unknownRecordType"));
        if (scopedRecords.permittedIds(type, List.of(subjectId), operation).isEmpty()) {
            throw ApiException.notFound(type.labelKey());
        }
        return SubjectRef.of(type.key(), subjectId);
    }

    /** Whether the caller may perform the operation on the record (false, never 403, when not granted). */
    boolean permits(SubjectRef subject, Operation operation) {
        return recordTypes.find(subject.type()).map(type -> scopedRecords.permits(type, subject.id(), operation))
                .orElse(false);
    }
}
