package org.communitysafety.servicedefaults.caller;

/**
 * Who caused a change: the organisation on whose behalf it was made and the client or
 * person who made it. Public bodies must account for their decisions, so every event and
 * history entry carries one.
 */
public record Caller(String organisation, String actor) {

    public static Caller system(String service) {
        return new Caller("platform", service);
    }
}
