package org.communitysafety.scrutiny.overlap;

import java.time.LocalDate;
import java.util.List;

import org.communitysafety.scrutiny.meeting.Reference;

/**
 * One piece of a body's published work: an agenda item it considered in public or a
 * recommendation it made.
 *
 * @param bodyId the body
 * @param bodyName its name
 * @param source agenda item or recommendation
 * @param title what it is about
 * @param on the day of the meeting or of sending
 * @param references the partnerships, priorities, plans or actions it is about
 * @param topics the partnerships and priorities it bears on (a priority, plan or action
 * also bears on its partnership)
 */
public record WorkItem(String bodyId, String bodyName, Source source, String title, LocalDate on,
        List<Reference> references, List<Reference> topics) {

    /** Where a piece of work is recorded. */
    public enum Source {

        AGENDA_ITEM, RECOMMENDATION

    }
}
