package org.communitysafety.scrutiny.publication;

import java.util.List;

import org.communitysafety.scrutiny.meeting.AgendaItem;
import org.communitysafety.scrutiny.meeting.Reference;

/**
 * A public item of a published agenda.
 *
 * @param number its place on the agenda
 * @param title what it is about
 * @param paper where its paper is published
 * @param references the partnerships, priorities, plans or actions it is about
 */
public record PublicItem(int number, String title, String paper, List<Reference> references) {

    static PublicItem of(AgendaItem item) {
        return new PublicItem(item.number(), item.title(), item.paper(), item.references());
    }
}
