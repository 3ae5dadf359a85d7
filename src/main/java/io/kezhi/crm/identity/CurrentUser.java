package io.kezhi.crm.identity;

import io.kezhi.crm.identity.access.AccessProfileCache;
import io.kezhi.crm.identity.access.AccessProfileLoader;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.security.Actor;
import io.kezhi.crm.shared.security.CurrentActor;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The acting user's permissions, loaded once per request. Every module asks here whether an
 * operation is granted and for the {@link ResolvedScope} to put into its queries.
 */
@Component
public class CurrentUser {

    private static final String PROFILE_ATTRIBUTE = CurrentUser.class.getName() + ".profile";

    /**
     * The company's access version read by this request's account check: with it the profile may
     * come from the {@link AccessProfileCache}; without it (work outside a checked request) it is loaded.
     */
    public static final String ACCESS_VERSION_ATTRIBUTE = CurrentUser.class.getName() + ".accessVersion";

    private final AccessProfileLoader loader;
    private final AccessProfileCache cache;
    private final RecordTypes recordTypes;
    private final SharedRecordIds sharedRecords;
    private final OwnerPlacements placements;
    /** On PostgreSQL lists find shared records through their rows' copy of the grantees ({@link ShareGrantees}). */
    private final boolean sharesCopied;

    CurrentUser(AccessProfileLoader loader, AccessProfileCache cache, RecordTypes recordTypes,
            SharedRecordIds sharedRecords, OwnerPlacements placements, SqlVendor vendor) {
        this.sharesCopied = vendor == SqlVendor.POSTGRESQL;
        this.loader = loader;
        this.cache = cache;
        this.recordTypes = recordTypes;
        this.sharedRecords = sharedRecords;
        this.placements = placements;
    }

    public AccessProfile profile() {
        Actor actor = CurrentActor.get()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return loader.load(actor.userId());
        }
        Object cached = request.getAttribute(PROFILE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof AccessProfile profile && profile.userId() == actor.userId()) {
            return profile;
        }
        Object version = request.getAttribute(ACCESS_VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        AccessProfile profile = version instanceof Long accessVersion
                ? cache.get(actor.tenantId(), actor.userId(), accessVersion, () -> loader.load(actor.userId()))
                : loader.load(actor.userId());
        request.setAttribute(PROFILE_ATTRIBUTE, profile, RequestAttributes.SCOPE_REQUEST);
        return profile;
    }

    public long id() {
        return profile().userId();
    }

    /** 403 unless one of the user's roles grants the operation on the module. */
    public void require(String module, Operation operation) {
        if (!profile().can(module, operation)) {
            throw ApiException.forbidden("error.operationForbidden",
                    ApiException.label("module." + module), ApiException.label("operation." + operation));
        }
    }

    /**
     * 403 unless a record placed in the given department (created there, or moved or assigned to it)
     * would be within the caller's scope for the operation.
     */
    public void requirePlacement(String module, Operation operation, long departmentId, String departmentPath) {
        require(module, operation);
        AccessProfile profile = profile();
        DataScope scope = profile.scopeOf(module, operation).orElseThrow();
        boolean reaches = switch (scope) {
            case ALL -> true;
            case DEPARTMENT_TREE -> departmentPath.startsWith(profile.departmentPath());
            case DEPARTMENT, OWN -> departmentId == profile.departmentId();
        };
        if (!reaches) {
            throw ApiException.forbidden("error.outsideScope", ApiException.label("module." + module));
        }
    }

    /**
     * 403 unless a record owned by {@code ownerId} (in the given department) would be within the
     * caller's scope for the operation: by department as above, or because the owner is the caller
     * or one of the caller's subordinates (the superior rule; direct ones except for viewing).
     */
    public void requireOwnerPlacement(String module, Operation operation, long ownerId, long departmentId,
            String departmentPath) {
        require(module, operation);
        AccessProfile profile = profile();
        if (ownerId == profile.userId()) {
            return;
        }
        AccessProfile.Subordinates subordinates = profile.subordinates();
        boolean viaSuperior = operation.allowedToDirectSuperior() && (subordinates.direct().contains(ownerId)
                || (operation == Operation.VIEW && subordinates.all().contains(ownerId)));
        if (!viaSuperior) {
            if (profile.scopeOf(module, operation).orElseThrow() == DataScope.OWN) {
                throw ApiException.forbidden("error.outsideScope", ApiException.label("module." + module));
            }
            requirePlacement(module, operation, departmentId, departmentPath);
        }
    }

    /** The scope predicate for an operation on a record type; 403 when the operation is not granted. */
    public ResolvedScope scope(RecordType type, Operation operation) {
        require(type.permissionModule(), operation);
        AccessProfile profile = profile();
        DataScope scope = profile.scopeOf(type.permissionModule(), operation).orElseThrow();
        Set<Long> owners = new HashSet<>();
        owners.add(profile.userId());
        if (scope != DataScope.ALL && ownerTypeOf(type).hasOwner()) {
            AccessProfile.Subordinates subordinates = profile.subordinates();
            if (operation == Operation.VIEW || operation == Operation.EXPORT || operation == Operation.PRINT) {
                owners.addAll(subordinates.all());
            } else if (operation.allowedToDirectSuperior()) {
                owners.addAll(subordinates.direct());
            }
        }
        return new ResolvedScope(operation, scope, profile.userId(), profile.departmentId(),
                profile.departmentPath(), profile.departmentAndAncestors(), owners, profile::departmentTree, this::type,
                (typeKey, readWriteOnly) -> sharedRecords.find(typeKey, profile.userId(),
                        profile.departmentAndAncestors(), readWriteOnly),
                placements::placedOutside, sharesCopied);
    }

    /** The type whose owner columns decide access: the type itself, or the top of its parent chain. */
    private RecordType ownerTypeOf(RecordType type) {
        RecordType current = type;
        while (current.parent() != null) {
            current = type(current.parent().typeKey());
        }
        return current;
    }

    private RecordType type(String key) {
        return recordTypes.find(key).orElseThrow(() -> new IllegalStateException("No record type " + key));
    }
}
