package org.communitysafety.scrutiny.overlap;

import java.util.List;

import org.communitysafety.scrutiny.meeting.Reference;

/**
 * A partnership or priority that a body and another of the other kind are both looking
 * at, pointed out so that their work stays complementary (§7.4(b)).
 *
 * @param topic the partnership or priority
 * @param name its name, as the platform knows it
 * @param ours this body's work on it
 * @param theirs the other bodies' work on it
 */
public record Overlap(Reference topic, String name, List<WorkItem> ours, List<WorkItem> theirs) {
}
