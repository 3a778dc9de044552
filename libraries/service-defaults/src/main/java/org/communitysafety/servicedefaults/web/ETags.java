package org.communitysafety.servicedefaults.web;

import org.communitysafety.servicedefaults.problem.PreconditionFailed;
import org.communitysafety.servicedefaults.problem.PreconditionRequired;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; an update must
 * name, in If-Match, the version the caller read. Without one it is refused with 428, and
 * with one the resource no longer has it is refused with 412, instead of silently
 * overwriting someone else's change.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses the update unless If-Match names the current version. The comparison is
     * strong (RFC 9110 13.1.1): a weak validator ({@code W/"3"}) never matches, and
     * {@code *} ("any version") does not show that the caller read this one.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired("An update needs the If-Match header with the ETag you read (now "
                    + of(currentVersion) + "); read the resource and send its ETag");
        }
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(of(currentVersion))) {
                return;
            }
        }
        throw new PreconditionFailed("The resource has changed since you read it, or If-Match is not its ETag (its ETag"
                + " is now " + of(currentVersion) + "); read it again and reapply your change");
    }

}
