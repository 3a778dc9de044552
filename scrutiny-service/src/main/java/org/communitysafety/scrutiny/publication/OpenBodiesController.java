package org.communitysafety.scrutiny.publication;

import java.util.List;

import org.communitysafety.scrutiny.body.Bodies;
import org.communitysafety.scrutiny.body.BodyResponse;
import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.scrutiny.meeting.Meetings;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committees and the panel as the public reads them, with each body's meetings in
 * JSON and as its own iCalendar feed.
 */
@RestController
class OpenBodiesController {

    private final Bodies bodies;

    private final Meetings meetings;

    private final MeetingCalendar calendar;

    OpenBodiesController(Bodies bodies, Meetings meetings, MeetingCalendar calendar) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/open/committees")
    List<BodyResponse> all() {
        return bodies.all().stream().map(BodyResponse::of).toList();
    }

    @GetMapping("/api/v1/open/committees/{body}")
    ResponseEntity<BodyResponse> get(@PathVariable String body) {
        ScrutinyBody found = bodies.get(body);
        return ResponseEntity.ok().eTag(ETags.of(found.version())).body(BodyResponse.of(found));
    }

    @GetMapping("/api/v1/open/committees/{body}/meetings")
    List<PublicMeeting> meetings(@PathVariable String body) {
        bodies.get(body);
        return meetings.scheduledBy(body).stream().map(PublicMeeting::of).toList();
    }

    @GetMapping(path = "/api/v1/open/committees/{body}/meetings.ics", produces = MeetingCalendar.MEDIA_TYPE)
    String calendar(@PathVariable String body) {
        return calendar.write(bodies.get(body).name(), meetings(body));
    }

}
