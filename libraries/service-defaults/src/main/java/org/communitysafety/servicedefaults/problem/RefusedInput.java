package org.communitysafety.servicedefaults.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value refused for what it holds rather than for its shape (a control character,
 * invalid Unicode, an implausible date). Jackson adds the path of the field, so the 400
 * names it; {@link #reason()} says what is wrong in words a caller can act on.
 */
public class RefusedInput extends MismatchedInputException {

    private final String reason;

    public RefusedInput(JsonParser parser, Class<?> type, String reason) {
        super(parser, reason, type);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

}
