package org.communitysafety.scrutiny.meeting;

import java.util.List;

/**
 * An item of business on a meeting's agenda.
 *
 * @param number its place on the agenda, from 1
 * @param title what it is about
 * @param paper where its report or paper is published, if it has one
 * @param restricted whether it is considered in private (exempt information)
 * @param restrictionReason why, when restricted
 * @param references the partnerships, priorities, plans or actions it is about
 */
public record AgendaItem(int number, String title, String paper, boolean restricted, String restrictionReason,
        List<Reference> references) {
}
