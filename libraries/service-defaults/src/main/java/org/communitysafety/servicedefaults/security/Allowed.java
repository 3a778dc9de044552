package org.communitysafety.servicedefaults.security;

import org.communitysafety.platform.TokenContract.RoleNames;

/**
 * Who may call an operation, as method-security expressions built from the token
 * contract's role names, so that a controller says
 * {@code @PreAuthorize(Allowed.ADMINISTRATORS)} and no role name is a loose string. Which
 * of those callers may change a particular object (their own action, their own group) is
 * the use case's rule, not the annotation's.
 */
public final class Allowed {

    public static final String ADMINISTRATORS = "hasRole('" + RoleNames.ADMINISTRATOR + "')";

    public static final String GROUP_MANAGERS = "hasAnyRole('" + RoleNames.GROUP_MANAGER + "', '"
            + RoleNames.ADMINISTRATOR + "')";

    public static final String AGENCIES = "hasAnyRole('" + RoleNames.AGENCY + "', '" + RoleNames.ADMINISTRATOR + "')";

    public static final String SCRUTINY_OFFICERS = "hasAnyRole('" + RoleNames.SCRUTINY_OFFICER + "', '"
            + RoleNames.ADMINISTRATOR + "')";

    /** Any caller with a platform role (everyone authenticated who may read). */
    public static final String PLATFORM_ROLES = "hasAnyRole('" + RoleNames.AGENCY + "', '" + RoleNames.GROUP_MANAGER
            + "', '" + RoleNames.SCRUTINY_OFFICER + "', '" + RoleNames.ADMINISTRATOR + "')";

    private Allowed() {
    }

}
