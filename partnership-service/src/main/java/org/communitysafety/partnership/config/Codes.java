package org.communitysafety.partnership.config;

/** The shapes of identifiers the partnership register accepts. */
public final class Codes {

    public static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static final String CODE_MESSAGE = "must be lowercase letters and digits joined by single hyphens";

    public static final int MAX_CODE = 80;

    /** An ONS GSS code of a local authority area in England: county, district, unitary, metropolitan or London. */
    public static final String GSS = "^E(06|07|08|09|10)[0-9]{6}$";

    public static final String GSS_MESSAGE = "must be an ONS GSS code of an English local authority area, e.g. E07000154";

    private Codes() {
    }
}
