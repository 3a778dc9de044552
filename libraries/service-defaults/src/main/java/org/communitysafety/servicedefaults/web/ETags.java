package org.communitysafety.servicedefaults.web;

import org.communitysafety.servicedefaults.problem.PreconditionFailed;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; an update that
 * names an If-Match the resource no longer has is refused with 412 instead of silently
 * overwriting someone else's change.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses the update if the client sent If-Match and it is not the current version.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw new PreconditionFailed("The resource has changed since you read it (its ETag is now " + of(currentVersion)
                + "); read it again and reapply your change");
    }

}
