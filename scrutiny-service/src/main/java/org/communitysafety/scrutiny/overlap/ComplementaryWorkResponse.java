package org.communitysafety.scrutiny.overlap;

import java.util.List;

/**
 * What the bodies of the other kind are reviewing (the panel for a committee, every
 * committee for the panel), and where it overlaps this body's own work.
 *
 * @param body the body asking
 * @param theirWork the other bodies' published work
 * @param overlaps the partnerships and priorities both are looking at
 */
public record ComplementaryWorkResponse(String body, List<WorkItem> theirWork, List<Overlap> overlaps) {
}
