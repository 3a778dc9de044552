package org.communitysafety.partnership.organisation;

import org.communitysafety.servicedefaults.problem.NotPermitted;

/**
 * Who is changing an organisation: administrators change any; an agency changes only its
 * own, and not its statutory standing (type, responsible authority), which the register's
 * administrators vouch for.
 *
 * @param organisation the organisation the caller acts for
 * @param administrator whether the caller is a platform administrator
 */
record OrganisationEditor(String organisation, boolean administrator) {

    void checkMayChange(Organisation target, UpdateOrganisationRequest details) {
        if (administrator) {
            return;
        }
        if (!target.id().equals(organisation)) {
            throw new NotPermitted("An agency may update only its own organisation's details; you act for '"
                    + organisation + "', not '" + target.id() + "'");
        }
        if (target.wouldChangeStatutoryStanding(details)) {
            throw new NotPermitted("Only an administrator may change an organisation's type or whether it is a "
                    + "responsible authority");
        }
    }
}
