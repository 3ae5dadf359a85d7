package io.kezhi.crm.customer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A user, or a department with everyone below it, who may use a pool beyond its own department. */
@Embeddable
public class PoolMember {

    public enum Type { USER, DEPARTMENT }

    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false, length = 16)
    private Type memberType;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    protected PoolMember() {
    }

    public PoolMember(Type memberType, long memberId) {
        this.memberType = memberType;
        this.memberId = memberId;
    }

    public Type memberType() {
        return memberType;
    }

    public long memberId() {
        return memberId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoolMember m && memberType == m.memberType && memberId == m.memberId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberType, memberId);
    }
}
