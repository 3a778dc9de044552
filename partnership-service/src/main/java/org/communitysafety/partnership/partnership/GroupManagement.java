package org.communitysafety.partnership.partnership;

import org.communitysafety.servicedefaults.problem.NotPermitted;

/**
 * A caller's standing in managing groups, and the rule of which groups that lets it
 * manage. An administrator manages every group and alone decides which organisation runs
 * one. A group manager manages the groups its own organisation runs (their
 * {@code managedBy}): a district or borough council its CSP, the county council's
 * community safety team the countywide groups (source §6.4-6.5). Which roles may manage
 * groups at all is decided at the controllers.
 *
 * @param organisation the organisation the caller acts for (the token's
 * {@code organisation} claim)
 * @param administrator whether the caller is a platform administrator
 */
public record GroupManagement(String organisation, boolean administrator) {

    /** The platform itself, setting up the county baseline as an administrator would. */
    public static GroupManagement platform() {
        return new GroupManagement("platform", true);
    }

    /** Refuses (403, saying why) a caller who does not manage the group. */
    public void checkMayManage(Partnership group) {
        if (administrator || organisation.equals(group.managedBy())) {
            return;
        }
        if (group.managedBy() == null) {
            throw new NotPermitted("No organisation is recorded as running '" + group.name()
                    + "'; only an administrator manages it until one records which does (managedBy)");
        }
        throw new NotPermitted("'" + group.name() + "' is run by '" + group.managedBy() + "'; a group manager "
                + "manages only the groups their own organisation runs, and you act for '" + organisation + "'");
    }

    /**
     * Refuses (403) a change of the organisation that runs the group by anyone but an
     * administrator.
     */
    void checkMayHandOver(Partnership group, String managedBy) {
        if (administrator || managedBy == null || managedBy.equals(group.managedBy())) {
            return;
        }
        throw new NotPermitted("Only an administrator may change which organisation runs '" + group.name()
                + "' (managedBy); it is run by '" + group.managedBy() + "'");
    }
}
