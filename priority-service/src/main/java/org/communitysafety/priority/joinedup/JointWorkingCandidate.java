package org.communitysafety.priority.joinedup;

import java.util.List;

/**
 * Two actions in different CSPs under the same countywide priority that look like the
 * same work, offered for joint working (§1.2, §2.2-2.3, §6.2), with why.
 *
 * @param countywidePriority the countywide priority both take forward
 * @param actions the two actions' ids
 * @param partnerships the two CSPs
 * @param titles the two actions' titles
 * @param sharedWords what their titles have in common
 * @param similarity how alike their titles are, 0 to 1
 * @param why the reason in words
 */
public record JointWorkingCandidate(String countywidePriority, List<String> actions, List<String> partnerships,
        List<String> titles, List<String> sharedWords, double similarity, String why) {
}
