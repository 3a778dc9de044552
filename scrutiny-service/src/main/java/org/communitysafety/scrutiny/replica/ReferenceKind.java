package org.communitysafety.scrutiny.replica;

/**
 * What scrutiny may refer to on the platform, each owned by another service and known
 * here from its events.
 */
public enum ReferenceKind {

    ORGANISATION, PARTNERSHIP, PRIORITY, PLAN, ACTION

}
