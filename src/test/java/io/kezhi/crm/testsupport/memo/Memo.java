package io.kezhi.crm.testsupport.memo;

import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Test-only owned record with the standard owner columns. */
@Entity
@Table(name = "memo")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class Memo extends SoftDeletableEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String body;

    @Column(name = "secret_note", length = 200)
    private String secretNote;

    @Column(precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "owner_dept_id", nullable = false)
    private long ownerDeptId;

    @NotAudited
    @Column(name = "owner_dept_path", nullable = false, length = 700)
    private String ownerDeptPath;

    protected Memo() {
    }

    Memo(String title, String body, String secretNote, BigDecimal amount) {
        this.title = title;
        this.body = body;
        this.secretNote = secretNote;
        this.amount = amount;
    }

    void assignTo(long ownerId, long ownerDeptId, String ownerDeptPath) {
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.ownerDeptPath = ownerDeptPath;
    }

    void update(String title, String body, String secretNote, BigDecimal amount) {
        this.title = title;
        this.body = body;
        this.secretNote = secretNote;
        this.amount = amount;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSecretNote() {
        return secretNote;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOwnerDeptId() {
        return ownerDeptId;
    }

    public String getOwnerDeptPath() {
        return ownerDeptPath;
    }
}
