package org.communitysafety.servicedefaults.validation;

/**
 * The shapes of identifiers and the limits of text every service accepts, so that a code
 * or an email valid in one is valid in all.
 */
public final class InputRules {

    public static final String CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static final String CODE_MESSAGE = "must be lowercase letters and digits joined by single hyphens";

    public static final int MAX_CODE = 80;

    /**
     * An ONS GSS code of a local authority area in England: county, district, unitary,
     * metropolitan or London.
     */
    public static final String GSS = "^E(06|07|08|09|10)[0-9]{6}$";

    public static final String GSS_MESSAGE = "must be an ONS GSS code of an English local authority area, e.g. E07000154";

    /**
     * An ISO-8601 period of years, months, weeks or days, e.g. {@code P6M}; at least one
     * part.
     */
    public static final String PERIOD = "^P(?=\\d)(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,3}W)?(\\d{1,3}D)?$";

    public static final String PERIOD_MESSAGE = "must be an ISO-8601 period such as P6M (every six months)";

    /** The same shape of email address the published contracts require. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public static final int MAX_EMAIL = 254;

    /**
     * Text with at least one character that is not white space (a PATCH may omit it,
     * never blank it). Written without inline flags, so that the OpenAPI documents state
     * it in the ECMA-262 dialect clients' generators read.
     */
    public static final String SOME_TEXT = "[\\s\\S]*\\S[\\s\\S]*";

    public static final String SOME_TEXT_MESSAGE = "must not be blank";

    public static final int MAX_NAME = 200;

    public static final int MAX_TEXT = 1000;

    public static final int MAX_LIST = 100;

    /**
     * The largest magnitude a measured value may have (a count, a rate, a percentage): a
     * million million is beyond any county's figures, and it keeps out infinity and
     * values a double cannot hold exactly enough to compare.
     */
    public static final String MAX_MEASURE = "1000000000000";

    public static final String MIN_MEASURE = "-1000000000000";

    private InputRules() {
    }

}
