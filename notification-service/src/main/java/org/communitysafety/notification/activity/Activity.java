package org.communitysafety.notification.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * Community safety activity as it stood on a day (§6.3): the priorities and their RAG
 * status with their targets' latest readings, the actions done in the period and overdue
 * per group, and the scrutiny recommendations awaiting a response. Names, never codes: it
 * is written for people.
 *
 * @param asOf the day it describes
 * @param priorities the priorities in force, countywide first
 * @param actions per group (the CSPs and the others with action plans), by name
 * @param recommendations scrutiny recommendations without a recorded response, the
 * earliest due first
 */
public record Activity(LocalDate asOf, List<PriorityStatus> priorities, List<GroupActions> actions,
        List<OutstandingRecommendation> recommendations) {

    /**
     * A priority and how it is doing.
     *
     * @param priorityId the priority
     * @param title what it is
     * @param scope {@code COUNTYWIDE} or {@code LOCAL}
     * @param groupName the group that holds it
     * @param rag its status as the priority service last published it
     * ({@code priority-rag-changed.v1}), {@code NO_READING} until it has
     * @param targets its targets
     */
    public record PriorityStatus(String priorityId, String title, String scope, String groupName, String rag,
            List<TargetStatus> targets) {
    }

    /**
     * A target and its latest reading.
     *
     * @param measure what is measured
     * @param unit the unit, if given
     * @param direction {@code REDUCE} or {@code INCREASE}
     * @param baseline where it started
     * @param target the value to reach
     * @param deadline by when
     * @param latestValue the latest reading, if any
     * @param latestReadOn its day
     * @param latestSource where it comes from
     * @param rag the target's status as the priority service published it with its latest
     * reading
     */
    public record TargetStatus(String measure, String unit, String direction, Double baseline, Double target,
            LocalDate deadline, Double latestValue, LocalDate latestReadOn, String latestSource, String rag) {
    }

    /**
     * A group's actions done in the period and overdue on the day.
     *
     * @param groupName the group whose action plan they are on
     * @param done completed in the period
     * @param overdue not completed by their due date
     */
    public record GroupActions(String groupName, List<ActionLine> done, List<ActionLine> overdue) {
    }

    /**
     * One action.
     *
     * @param title what is to be done
     * @param organisationName the organisation that owns it
     * @param dueDate when it is due
     * @param completedOn when it was completed, if it was
     */
    public record ActionLine(String title, String organisationName, LocalDate dueDate, LocalDate completedOn) {
    }

    /**
     * A scrutiny recommendation awaiting its response.
     *
     * @param title what it recommends
     * @param bodyName the committee or panel that made it
     * @param addresseeName the organisation or group that must respond
     * @param responseDue when the response is due
     * @param overdue whether that day has passed
     */
    public record OutstandingRecommendation(String title, String bodyName, String addresseeName, LocalDate responseDue,
            boolean overdue) {
    }

}
