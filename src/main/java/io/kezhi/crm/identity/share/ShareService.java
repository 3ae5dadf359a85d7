package io.kezhi.crm.identity.share;

import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.identity.ShareGrantees;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explicit shares of one record. Seeing a record's shares needs view access to it; adding or
 * removing one needs the share permission on it.
 */
@Service
public class ShareService {

    public record ShareView(long id, RecordShare.GranteeType granteeType, long granteeId, String granteeName,
            RecordShare.AccessLevel accessLevel, Instant createdAt) {
    }

    private final RecordShareRepository shares;
    private final RecordTypes recordTypes;
    private final ScopedRecords scopedRecords;
    private final TenantJdbc jdbc;
    private final DirectoryNames directory;
    private final ShareGrantees grantees;

    ShareService(RecordShareRepository shares, RecordTypes recordTypes, ScopedRecords scopedRecords, TenantJdbc jdbc,
            DirectoryNames directory, ShareGrantees grantees) {
        this.shares = shares;
        this.recordTypes = recordTypes;
        this.scopedRecords = scopedRecords;
        this.jdbc = jdbc;
        this.directory = directory;
        this.grantees = grantees;
    }

    @Transactional(readOnly = true)
    public List<ShareView> sharesOf(String subjectType, long subjectId) {
        requireAccess(shareable(subjectType), subjectId, Operation.VIEW);
        return views(shares.findBySubjectTypeAndSubjectIdOrderByCreatedAtAsc(subjectType, subjectId));
    }

    @Transactional
    public ShareView share(String subjectType, long subjectId, RecordShare.GranteeType granteeType, long granteeId,
            RecordShare.AccessLevel accessLevel) {
        RecordType type = shareable(subjectType);
        // first, so that changes to one record's shares follow one another (ShareGrantees)
        grantees.lock(subjectType, List.of(subjectId));
        requireAccess(type, subjectId, Operation.SHARE);
        String grantee = granteeType == RecordShare.GranteeType.USER
                ? "SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL"
                : "SELECT COUNT(*) FROM department WHERE tenant_id = :tenantId AND id = :id AND deleted_at IS NULL";
        if (jdbc.sql(grantee, Map.of("id", granteeId)).query(Long.class).single() == 0) {
            throw ApiException.invalidField("granteeId", "validation.unknownGrantee");
        }
        RecordShare share = shares.findBySubjectTypeAndSubjectIdAndGranteeTypeAndGranteeId(subjectType, subjectId,
                granteeType, granteeId).orElse(null);
        if (share == null) {
            share = shares.save(new RecordShare(subjectType, subjectId, granteeType, granteeId, accessLevel));
        } else {
            share.changeAccess(accessLevel);
        }
        shares.flush();
        grantees.refresh(subjectType, List.of(subjectId));
        return views(List.of(share)).get(0);
    }

    @Transactional
    public void unshare(String subjectType, long subjectId, long shareId) {
        RecordType type = shareable(subjectType);
        grantees.lock(subjectType, List.of(subjectId));
        requireAccess(type, subjectId, Operation.SHARE);
        RecordShare share = shares.findById(shareId)
                .filter(s -> s.getSubjectType().equals(subjectType) && s.getSubjectId() == subjectId)
                .orElseThrow(() -> ApiException.notFound("entity.share"));
        shares.delete(share);
        shares.flush();
        grantees.refresh(subjectType, List.of(subjectId));
    }

    private RecordType shareable(String subjectType) {
        return recordTypes.find(subjectType).filter(RecordType::shareable)
                .orElseThrow(() -> ApiException.invalidField("subjectType", "validation.notShareable"));
    }

    private void requireAccess(RecordType type, long subjectId, Operation operation) {
        if (scopedRecords.permittedIds(type, List.of(subjectId), operation).isEmpty()) {
            throw ApiException.notFound(type.labelKey());
        }
    }

    private List<ShareView> views(List<RecordShare> list) {
        Map<Long, String> users = directory.users(list.stream()
                .filter(s -> s.getGranteeType() == RecordShare.GranteeType.USER).map(RecordShare::getGranteeId).toList());
        Map<Long, String> departments = directory.departments(list.stream()
                .filter(s -> s.getGranteeType() == RecordShare.GranteeType.DEPARTMENT).map(RecordShare::getGranteeId)
                .toList());
        return list.stream().map(s -> new ShareView(s.getId(), s.getGranteeType(), s.getGranteeId(),
                (s.getGranteeType() == RecordShare.GranteeType.USER ? users : departments).get(s.getGranteeId()),
                s.getAccessLevel(), s.getCreatedAt())).toList();
    }
}
