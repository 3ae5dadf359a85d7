package io.kezhi.crm.shared.security;

/** Who is acting: implemented by the identity module's principal. */
public interface Actor {

    long userId();

    long tenantId();

    String displayName();
}
