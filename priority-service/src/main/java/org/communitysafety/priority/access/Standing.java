package org.communitysafety.priority.access;

import org.communitysafety.priority.replica.Group;
import org.communitysafety.servicedefaults.problem.NotPermitted;

/**
 * A caller's standing, and the rules of which plans, priorities and actions it lets them
 * change. An administrator changes everything. A group manager manages the plans,
 * priorities, targets and actions of the groups its organisation runs (their
 * {@code managedBy}): a district or borough council its CSP, the county council's
 * community safety team the county strategy group, and so the county agreement and the
 * countywide priorities. An agency records progress only on the actions its own
 * organisation owns. Which roles may try at all is decided at the controllers.
 *
 * @param organisation the organisation the caller acts for (the token's
 * {@code organisation} claim)
 * @param administrator whether the caller is a platform administrator
 */
public record Standing(String organisation, boolean administrator) {

    /** The platform itself, loading the baseline as an administrator would. */
    public static Standing platform() {
        return new Standing("platform", true);
    }

    /** Refuses (403, saying why) a caller who does not manage the group. */
    public void checkManages(Group group) {
        if (administrator || organisation.equals(group.managedBy())) {
            return;
        }
        throw new NotPermitted("'" + group.name() + "' is run by '" + group.managedBy()
                + "'; a group manager manages only the plans, priorities and actions of the groups their own "
                + "organisation runs, and you act for '" + organisation + "'");
    }

    /**
     * Refuses (403, saying why) a caller who does not act for the owning organisation.
     */
    public void checkActsFor(String owner, String what) {
        if (administrator || organisation.equals(owner)) {
            return;
        }
        throw new NotPermitted(what + " is owned by '" + owner + "'; an agency records only on what its own "
                + "organisation owns, and you act for '" + organisation + "'");
    }

}
