package org.communitysafety.partnership.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What describes a group, apart from its kind, status and members: the part an update may
 * change. Who runs it ({@code managedBy}) changes only when a request names another
 * organisation, never to nobody.
 */
record GroupDetails(String name, String description, List<String> areas, String reportsTo, String reportingCadence,
        String managedBy) {

    static GroupDetails of(FormPartnershipRequest request) {
        return new GroupDetails(request.name().trim(), request.description(), List.copyOf(request.areas()),
                request.reportsTo(), request.reportingCadence(), request.managedBy());
    }

    /**
     * These details with the request's: a replacement takes all of them, a patch only
     * those it gives.
     */
    GroupDetails with(UpdatePartnershipRequest request, boolean replace) {
        return new GroupDetails(request.name() == null ? name : request.name().trim(),
                pick(request.description(), description, replace),
                request.areas() == null ? areas : List.copyOf(request.areas()),
                pick(request.reportsTo(), reportsTo, replace),
                pick(request.reportingCadence(), reportingCadence, replace),
                request.managedBy() == null ? managedBy : request.managedBy());
    }

    List<String> differencesFrom(GroupDetails other) {
        List<String> changed = new ArrayList<>();
        addIfDifferent(changed, "name", name, other.name);
        addIfDifferent(changed, "description", description, other.description);
        addIfDifferent(changed, "areas", areas, other.areas);
        addIfDifferent(changed, "reportsTo", reportsTo, other.reportsTo);
        addIfDifferent(changed, "reportingCadence", reportingCadence, other.reportingCadence);
        addIfDifferent(changed, "managedBy", managedBy, other.managedBy);
        return changed;
    }

    private static String pick(String proposed, String current, boolean replace) {
        return proposed != null || replace ? proposed : current;
    }

    private static void addIfDifferent(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
