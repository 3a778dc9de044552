package org.communitysafety.priority.web;

import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every update here must say which version it read: without If-Match it is refused with
 * 428 Precondition Required (the platform's ETags let a missing header pass), and with a
 * stale one with 412, so that nobody overwrites a change they have not seen.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                    "Send the ETag you read (currently " + ETags.of(currentVersion)
                            + ") in If-Match, so that your change cannot overwrite one you have not seen");
            problem.setTitle("Precondition required");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        ETags.checkIfMatch(ifMatch, currentVersion);
    }

}
