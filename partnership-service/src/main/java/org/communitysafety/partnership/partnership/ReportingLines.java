package org.communitysafety.partnership.partnership;

import java.util.ArrayList;
import java.util.List;

import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.stereotype.Component;

/**
 * The rules of who reports to whom: to an existing, undissolved group, and never round in
 * a circle.
 */
@Component
class ReportingLines {

    private final PartnershipRepository repository;

    ReportingLines(PartnershipRepository repository) {
        this.repository = repository;
    }

    /**
     * Refuses a reporting line from the group (null for a group being formed) to the
     * proposed parent.
     */
    void check(String group, String proposedParent) {
        if (proposedParent == null) {
            return;
        }
        if (proposedParent.equals(group)) {
            throw new RuleViolated("A group cannot report to itself");
        }
        Partnership parent = repository.findById(proposedParent)
            .orElseThrow(() -> new RuleViolated("The group it reports to, '" + proposedParent + "', does not exist"));
        if (parent.isDissolved()) {
            throw new RuleViolated("'" + parent.name() + "' is dissolved; no group can report to it");
        }
        List<String> line = new ArrayList<>(List.of(proposedParent));
        for (String above = parent.reportsTo(); above != null && group != null; above = next(above)) {
            line.add(above);
            if (above.equals(group) || line.size() > 100) {
                throw new RuleViolated("Reporting to '" + proposedParent + "' would make a circle: " + group + " -> "
                        + String.join(" -> ", line));
            }
        }
    }

    private String next(String code) {
        return repository.findById(code).map(Partnership::reportsTo).orElse(null);
    }

}
