package org.communitysafety.partnership.partnership;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A group and, below it, the groups that report to it, and so on down.
 *
 * @param code the group's code
 * @param name its name
 * @param kind its kind
 * @param status its status now
 * @param reportingCadence how often it is updated, if it is
 * @param reports the groups reporting to it, by name
 */
public record ReportingTree(String code, String name, PartnershipKind kind, PartnershipStatus status,
        String reportingCadence, List<ReportingTree> reports) {

    /**
     * The tree below the root, from every group's reporting line; a group appears once
     * however the lines run.
     */
    static ReportingTree of(Partnership root, List<Partnership> all) {
        Map<String, List<Partnership>> byParent = all.stream()
            .filter(group -> group.reportsTo() != null)
            .collect(Collectors.groupingBy(Partnership::reportsTo));
        return grow(root, byParent, new HashSet<>());
    }

    private static ReportingTree grow(Partnership group, Map<String, List<Partnership>> byParent, Set<String> seen) {
        seen.add(group.id());
        List<ReportingTree> reports = byParent.getOrDefault(group.id(), List.of())
            .stream()
            .filter(child -> !seen.contains(child.id()))
            .sorted(Comparator.comparing(Partnership::name))
            .map(child -> grow(child, byParent, seen))
            .toList();
        return new ReportingTree(group.id(), group.name(), group.kind(), group.status(), group.reportingCadence(),
                reports);
    }
}
