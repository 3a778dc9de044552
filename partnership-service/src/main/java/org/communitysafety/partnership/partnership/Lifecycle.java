package org.communitysafety.partnership.partnership;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.problem.RuleViolated;

/**
 * The rules of a group's dated life: where it may start, and which step may follow which,
 * and when.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The first step: proposed or active (default active), from a day no later than today
     * (default today).
     */
    static StatusChange formed(PartnershipStatus status, LocalDate since, LocalDate today) {
        PartnershipStatus first = status == null ? PartnershipStatus.ACTIVE : status;
        LocalDate from = since == null ? today : since;
        if (first == PartnershipStatus.DISSOLVED) {
            throw new RuleViolated("A partnership cannot be formed dissolved");
        }
        if (from.isAfter(today)) {
            throw new RuleViolated("A group cannot be recorded as " + first + " from a day still to come");
        }
        return new StatusChange(first, from, "formed");
    }

    /** The step after the current one, if the lifecycle allows it on that day. */
    static StatusChange next(String group, StatusChange current, PartnershipStatus next, LocalDate since, String reason,
            LocalDate today) {
        if (!current.status().canBecome(next)) {
            throw new RuleViolated("'" + group + "' is " + current.status() + " and cannot become " + next
                    + ": a group goes from PROPOSED to ACTIVE to DISSOLVED, and a proposal may be dropped (DISSOLVED)");
        }
        if (since.isBefore(current.since()) || since.isAfter(today)) {
            throw new RuleViolated("The change must take effect between " + current.since() + " (when '" + group
                    + "' became " + current.status() + ") and today, " + today);
        }
        return new StatusChange(next, since, reason);
    }

}
