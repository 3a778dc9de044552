package org.communitysafety.authserver.client;

/**
 * What a caller may do on the platform, carried in the token's {@code roles} claim. The
 * gateway and the services authorise by these exact names, so renaming one is a breaking
 * change to every resource server.
 */
public enum Role {

    /** A member organisation: changes what it owns, such as its actions' progress. */
    AGENCY,

    /**
     * Manages the groups its organisation runs: a district or borough council its CSP,
     * the county's community safety team the countywide groups. Which groups those are is
     * the partnership register's to say.
     */
    GROUP_MANAGER,

    /** Supports the crime and disorder committees and the Police and Crime Panel. */
    SCRUTINY_OFFICER,

    /** Runs the platform: may do everything. */
    ADMINISTRATOR

}
