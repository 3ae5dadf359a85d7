package io.kezhi.crm.identity;

/**
 * An entity an access profile is built from (users with their roles and superiors, roles with their
 * grants and field policies, departments). Any insert, update or deletion of one, its collections
 * included, moves the company's access version, so cached profiles are rebuilt on the next request.
 */
public interface AccessRelevant {

    Long getTenantId();
}
