package io.kezhi.crm.customer.merge;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.OwnerCopies;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.customer.contact.Contact;
import io.kezhi.crm.customer.contact.ContactRepository;
import io.kezhi.crm.customer.followup.FollowUp;
import io.kezhi.crm.customer.followup.FollowUpRepository;
import io.kezhi.crm.identity.ShareGrantees;
import io.kezhi.crm.platform.Attachments;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Moves what belongs to merged customers (contacts, follow-ups, ownership history, shares, files) to the
 * survivor, remembering where each thing came from,
 * and moves it back on undo. Live contacts and follow-ups move as entities (so their history shows
 * the move); those in the recycle bin move with them by SQL so a later restore lands on the survivor.
 */
@Component
class MergeMoves {

    private static final int CHUNK = 1000;

    /** Something that moved from customer {@code from}. */
    record Move(long id, long from) {
    }

    /**
     * What a merge moved. {@code demoted}: moved contacts that were primary and no longer are;
     * {@code upgradedShares}: survivor shares raised to read-write because a merged customer's share
     * with the same user or department was.
     */
    record Moved(List<Move> contacts, List<Long> demoted, List<Move> followUps, List<Move> events, List<Move> shares,
            List<Long> upgradedShares, List<Move> files) {
    }

    private final ContactRepository contacts;
    private final FollowUpRepository followUps;
    private final PhoneIndex phones;
    private final Attachments attachments;
    private final TenantJdbc jdbc;
    private final OwnerCopies ownerCopies;
    private final ShareGrantees shareGrantees;

    MergeMoves(ContactRepository contacts, FollowUpRepository followUps, PhoneIndex phones, Attachments attachments,
            TenantJdbc jdbc, OwnerCopies ownerCopies, ShareGrantees shareGrantees) {
        this.shareGrantees = shareGrantees;
        this.contacts = contacts;
        this.attachments = attachments;
        this.followUps = followUps;
        this.phones = phones;
        this.jdbc = jdbc;
        this.ownerCopies = ownerCopies;
    }

    Moved moveAll(List<Long> mergedIds, long survivorId) {
        // before any share moves, so that changes to these customers' shares follow one another
        List<Long> sharing = Stream.concat(mergedIds.stream(), Stream.of(survivorId)).toList();
        shareGrantees.lock(CustomerRecordTypes.CUSTOMER, sharing);
        Map<String, Object> p = Map.of("ids", mergedIds, "s", survivorId);
        List<Move> movedContacts = moves("SELECT id, customer_id FROM contact WHERE tenant_id = :tenantId"
                + " AND customer_id IN (:ids)", p);
        boolean survivorHasPrimary = jdbc.sql("SELECT COUNT(*) FROM contact WHERE tenant_id = :tenantId"
                + " AND customer_id = :s AND primary_contact = TRUE AND deleted_at IS NULL", p)
                .query(Long.class).single() > 0;
        List<Long> demoted = new ArrayList<>();
        for (Contact contact : contacts.findAllById(ids(movedContacts))) {
            if (contact.isPrimaryContact()) {
                if (survivorHasPrimary) {
                    contact.setPrimaryContact(false);
                    demoted.add(contact.getId());
                }
                survivorHasPrimary = true;
            }
            contact.moveTo(survivorId);
        }
        contacts.flush();
        jdbc.sql("UPDATE contact SET customer_id = :s WHERE tenant_id = :tenantId AND customer_id IN (:ids)"
                + " AND deleted_at IS NOT NULL", p).update();
        movedContacts.forEach(m -> phones.moveContact(m.id(), survivorId));

        List<Move> movedFollowUps = moves("SELECT id, customer_id FROM follow_up WHERE tenant_id = :tenantId"
                + " AND customer_id IN (:ids)", p);
        followUps.findAllById(ids(movedFollowUps)).forEach(f -> f.moveTo(survivorId));
        followUps.flush();
        jdbc.sql("UPDATE follow_up SET customer_id = :s WHERE tenant_id = :tenantId AND customer_id IN (:ids)"
                + " AND deleted_at IS NOT NULL", p).update();
        ownerCopies.followStored(List.of(survivorId));

        List<Move> movedEvents = moves("SELECT id, customer_id FROM customer_event WHERE tenant_id = :tenantId"
                + " AND customer_id IN (:ids)", p);
        jdbc.sql("UPDATE customer_event SET customer_id = :s WHERE tenant_id = :tenantId AND customer_id IN (:ids)",
                p).update();

        List<Move> movedShares = new ArrayList<>();
        List<Long> upgraded = new ArrayList<>();
        moveShares(mergedIds, survivorId, movedShares, upgraded);
        shareGrantees.refresh(CustomerRecordTypes.CUSTOMER, sharing);

        List<Move> movedFiles = new ArrayList<>();
        SubjectRef survivor = SubjectRef.of(CustomerRecordTypes.CUSTOMER, survivorId);
        for (long merged : mergedIds) {
            SubjectRef from = SubjectRef.of(CustomerRecordTypes.CUSTOMER, merged);
            attachments.of(from).forEach(file -> movedFiles.add(new Move(file.id(), merged)));
            attachments.moveAll(from, survivor);
        }
        return new Moved(movedContacts, demoted, movedFollowUps, movedEvents, movedShares, upgraded, movedFiles);
    }

    void moveBack(Moved moved, long survivorId) {
        List<Long> sharing = Stream.concat(moved.shares().stream().map(Move::from), Stream.of(survivorId)).toList();
        Map<Long, Long> contactOrigin = origins(moved.contacts());
        Map<Long, Long> followUpOrigin = origins(moved.followUps());
        List<Long> childOrigins = Stream.concat(contactOrigin.values().stream(), followUpOrigin.values().stream())
                .distinct().toList();
        // the customers the contacts and follow-ups go back to as well: they take those customers' copies
        shareGrantees.lock(CustomerRecordTypes.CUSTOMER, Stream.concat(sharing.stream(), childOrigins.stream()).toList());
        for (Contact contact : contacts.findAllById(contactOrigin.keySet())) {
            if (contact.getCustomerId() == survivorId) {
                contact.moveTo(contactOrigin.get(contact.getId()));
                if (moved.demoted().contains(contact.getId())) {
                    contact.setPrimaryContact(true);
                }
                phones.moveContact(contact.getId(), contact.getCustomerId());
            }
        }
        contacts.flush();
        for (FollowUp followUp : followUps.findAllById(followUpOrigin.keySet())) {
            if (followUp.getCustomerId() == survivorId) {
                followUp.moveTo(followUpOrigin.get(followUp.getId()));
            }
        }
        followUps.flush();
        backBySql("contact", moved.contacts(), survivorId, " AND deleted_at IS NOT NULL");
        backBySql("follow_up", moved.followUps(), survivorId, " AND deleted_at IS NOT NULL");
        ownerCopies.followStored(childOrigins);
        shareGrantees.followParents(CustomerRecordTypes.CUSTOMER, childOrigins);
        backBySql("customer_event", moved.events(), survivorId, "");
        for (Move share : moved.shares()) {
            jdbc.sql("UPDATE record_share SET subject_id = :from WHERE tenant_id = :tenantId AND id = :id"
                    + " AND subject_type = 'customer' AND subject_id = :s",
                    Map.of("from", share.from(), "id", share.id(), "s", survivorId)).update();
        }
        shareGrantees.refresh(CustomerRecordTypes.CUSTOMER, sharing);
        SubjectRef survivor = SubjectRef.of(CustomerRecordTypes.CUSTOMER, survivorId);
        Map<Long, List<Long>> filesByOrigin = new HashMap<>();
        moved.files().forEach(m -> filesByOrigin.computeIfAbsent(m.from(), k -> new ArrayList<>()).add(m.id()));
        filesByOrigin.forEach((origin, ids) -> attachments.move(ids, survivor,
                SubjectRef.of(CustomerRecordTypes.CUSTOMER, origin)));
        if (!moved.upgradedShares().isEmpty()) {
            jdbc.sql("UPDATE record_share SET access_level = 'READ' WHERE tenant_id = :tenantId AND id IN (:ids)",
                    Map.of("ids", moved.upgradedShares())).update();
        }
    }

    /** Shares of the merged customers go to the survivor, unless it already has one for that grantee. */
    private void moveShares(List<Long> mergedIds, long survivorId, List<Move> moved, List<Long> upgraded) {
        record Share(long id, long subjectId, String granteeType, long granteeId, String accessLevel) {
        }
        List<Share> survivorShares = jdbc.sql("SELECT id, subject_id, grantee_type, grantee_id, access_level"
                + " FROM record_share WHERE tenant_id = :tenantId AND subject_type = 'customer' AND subject_id = :s",
                Map.of("s", survivorId)).query(Share.class).list();
        Map<String, Share> byGrantee = new HashMap<>();
        survivorShares.forEach(s -> byGrantee.put(s.granteeType() + ":" + s.granteeId(), s));
        List<Share> mergedShares = jdbc.sql("SELECT id, subject_id, grantee_type, grantee_id, access_level"
                + " FROM record_share WHERE tenant_id = :tenantId AND subject_type = 'customer'"
                + " AND subject_id IN (:ids) ORDER BY id", Map.of("ids", mergedIds)).query(Share.class).list();
        for (Share share : mergedShares) {
            String grantee = share.granteeType() + ":" + share.granteeId();
            Share existing = byGrantee.get(grantee);
            if (existing == null) {
                jdbc.sql("UPDATE record_share SET subject_id = :s WHERE tenant_id = :tenantId AND id = :id",
                        Map.of("s", survivorId, "id", share.id())).update();
                moved.add(new Move(share.id(), share.subjectId()));
                byGrantee.put(grantee, share);
            } else if ("READ_WRITE".equals(share.accessLevel()) && "READ".equals(existing.accessLevel())
                    && existing.subjectId() == survivorId && !upgraded.contains(existing.id())) {
                jdbc.sql("UPDATE record_share SET access_level = 'READ_WRITE' WHERE tenant_id = :tenantId AND id = :id",
                        Map.of("id", existing.id())).update();
                upgraded.add(existing.id());
            }
        }
    }

    private List<Move> moves(String sql, Map<String, Object> p) {
        return jdbc.sql(sql, p).query((rs, i) -> new Move(rs.getLong(1), rs.getLong(2))).list();
    }

    private void backBySql(String table, List<Move> moved, long survivorId, String condition) {
        Map<Long, List<Long>> byOrigin = new HashMap<>();
        moved.forEach(m -> byOrigin.computeIfAbsent(m.from(), k -> new ArrayList<>()).add(m.id()));
        byOrigin.forEach((origin, ids) -> {
            for (List<Long> chunk : TenantJdbc.chunks(ids, CHUNK)) {
                jdbc.sql("UPDATE " + table + " SET customer_id = :from WHERE tenant_id = :tenantId"
                        + " AND customer_id = :s AND id IN (:ids)" + condition, Map.of("from", origin, "s", survivorId,
                        "ids", chunk)).update();
            }
        });
    }

    private static List<Long> ids(List<Move> moves) {
        return moves.stream().map(Move::id).toList();
    }

    private static Map<Long, Long> origins(List<Move> moves) {
        Map<Long, Long> origins = new HashMap<>();
        moves.forEach(m -> origins.put(m.id(), m.from()));
        return origins;
    }
}
