package io.kezhi.crm.identity.user;

/** 在职 / 停用 / 离职. Only active users can sign in. */
public enum UserStatus {
    ACTIVE, DISABLED, LEFT
}
