package org.communitysafety.platform;

/**
 * What a platform access token says about its caller, as the token issuer writes it and
 * the gateway and every service read it. Renaming a claim or a role is a breaking change
 * to every resource server at once, so each name is written here and nowhere else.
 */
public final class TokenContract {

    /** The claim naming the organisation the caller acts for (its code). */
    public static final String ORGANISATION_CLAIM = "organisation";

    /** The claim listing the caller's {@link Role roles}. */
    public static final String ROLES_CLAIM = "roles";

    /**
     * The OAuth2 client that asked for the token (RFC 9068), recorded as the actor of a
     * change; a client-credentials token from Spring Authorization Server leaves it out
     * unless the issuer adds it, so readers fall back to the subject.
     */
    public static final String CLIENT_ID_CLAIM = "client_id";

    private TokenContract() {
    }

    /**
     * What a caller may do on the platform, carried in the {@value #ROLES_CLAIM} claim.
     */
    public enum Role {

        /** A member organisation: changes what it owns, such as its actions' progress. */
        AGENCY,

        /**
         * Manages the groups its organisation runs: a district or borough council its
         * CSP, the county's community safety team the countywide groups and the county
         * agreement.
         */
        GROUP_MANAGER,

        /** Supports the crime and disorder committees and the Police and Crime Panel. */
        SCRUTINY_OFFICER,

        /** Runs the platform: may do everything. */
        ADMINISTRATOR

    }

    /**
     * The role names as compile-time constants, for the places (annotations) that cannot
     * take an enum; each equals its {@link Role}'s name, which a test checks.
     */
    public static final class RoleNames {

        public static final String AGENCY = "AGENCY";

        public static final String GROUP_MANAGER = "GROUP_MANAGER";

        public static final String SCRUTINY_OFFICER = "SCRUTINY_OFFICER";

        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private RoleNames() {
        }

    }

}
