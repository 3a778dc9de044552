package org.communitysafety.scrutiny.publication;

import org.communitysafety.scrutiny.meeting.Meeting;
import org.communitysafety.scrutiny.meeting.MeetingController;
import org.communitysafety.scrutiny.meeting.Meetings;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings as the public reads them, without credentials (the gateway routes
 * {@code /api/v1/open/meetings/**} here unauthenticated), in JSON and as an iCalendar
 * feed.
 */
@RestController
class OpenMeetingsController {

    private final Meetings meetings;

    private final MeetingCalendar calendar;

    OpenMeetingsController(Meetings meetings, MeetingCalendar calendar) {
        this.meetings = meetings;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/open/meetings")
    PageResponse<PublicMeeting> page(
            @PageableDefault(size = 50, sort = "startsAt", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse
            .of(meetings.page(MeetingController.SORTABLE.apply(PageResponse.bounded(pageable))).map(PublicMeeting::of));
    }

    @GetMapping("/api/v1/open/meetings/{id}")
    ResponseEntity<PublicMeeting> get(@PathVariable String id) {
        Meeting meeting = meetings.get(id);
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(PublicMeeting.of(meeting));
    }

    /** Every body's meetings, to subscribe to in a calendar program. */
    @GetMapping(path = "/api/v1/open/meetings/calendar.ics", produces = MeetingCalendar.MEDIA_TYPE)
    String calendar() {
        return calendar.write("Community safety scrutiny meetings",
                meetings.all().stream().map(PublicMeeting::of).toList());
    }

}
