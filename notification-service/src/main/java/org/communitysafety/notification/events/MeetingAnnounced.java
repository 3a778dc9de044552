package org.communitysafety.notification.events;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of {@code org.communitysafety.scrutiny.meeting-scheduled.v1} and
 * {@code agenda-published.v1} (contract: {@code contracts.md}, scrutiny-service): a
 * scrutiny body (a crime and disorder committee, the police and crime panel) scheduled a
 * meeting, or published its agenda.
 *
 * @param meetingId the meeting
 * @param bodyId the body that meets
 * @param bodyName its name
 * @param title what the meeting is about
 * @param startsAt when it starts
 * @param place where (scheduled)
 * @param late whether the agenda was published late (agenda); absent from a scheduled
 * meeting, read as not late (a missing primitive would fail the whole event)
 * @param lateReason why, if it was
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingAnnounced(String meetingId, String bodyId, String bodyName, String title, Instant startsAt,
        String place, Boolean late, String lateReason) {

    public static final String SCHEDULED = "org.communitysafety.scrutiny.meeting-scheduled.v1";

    public static final String AGENDA_PUBLISHED = "org.communitysafety.scrutiny.agenda-published.v1";

    public static final Set<String> TYPES = Set.of(SCHEDULED, AGENDA_PUBLISHED);

    public MeetingAnnounced {
        Required.text(meetingId, "meetingId");
        Required.text(bodyName, "bodyName");
        Required.text(title, "title");
        Required.present(startsAt, "startsAt");
        late = Boolean.TRUE.equals(late);
    }
}
