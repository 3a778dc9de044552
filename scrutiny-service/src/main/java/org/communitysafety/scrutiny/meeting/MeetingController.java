package org.communitysafety.scrutiny.meeting;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.communitysafety.servicedefaults.web.SortableFields;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MeetingController {

    /** The fields meetings may be sorted by, here and in the public list. */
    public static final SortableFields SORTABLE = new SortableFields(Map.of("startsAt", "startsAt", "title", "title"));

    private final Meetings meetings;

    private final ChangeHistory history;

    MeetingController(Meetings meetings, ChangeHistory history) {
        this.meetings = meetings;
        this.history = history;
    }

    @PostMapping("/api/v1/committees/{body}/meetings")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<MeetingResponse> schedule(@PathVariable String body,
            @Valid @RequestBody ScheduleMeetingRequest request) {
        Meeting meeting = meetings.schedule(body, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
            .eTag(ETags.of(meeting.version()))
            .body(MeetingResponse.of(meeting));
    }

    /** The body's meetings, drafts included, for its own officers. */
    @GetMapping("/api/v1/committees/{body}/meetings")
    PageResponse<MeetingResponse> ofBody(@PathVariable String body,
            @PageableDefault(size = 50, sort = "startsAt", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse
            .of(meetings.ofBody(body, SORTABLE.apply(PageResponse.bounded(pageable))).map(MeetingResponse::of));
    }

    @GetMapping("/api/v1/meetings/{id}")
    ResponseEntity<MeetingResponse> get(@PathVariable String id) {
        return withETag(meetings.read(id));
    }

    /** The notice publishing the agenda today would give, and the last day on time. */
    @GetMapping("/api/v1/meetings/{id}/agenda-notice")
    AgendaNotice notice(@PathVariable String id) {
        return meetings.notice(meetings.read(id));
    }

    @PostMapping("/api/v1/meetings/{id}/items")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<MeetingResponse> addItem(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AddAgendaItemRequest request) {
        return withETag(meetings.addItem(id, request, ifMatch));
    }

    @PostMapping("/api/v1/meetings/{id}/agenda-publication")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<MeetingResponse> publishAgenda(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) PublishAgendaRequest request) {
        PublishAgendaRequest publication = request == null ? new PublishAgendaRequest(null) : request;
        return withETag(meetings.publishAgenda(id, publication, ifMatch));
    }

    @PostMapping("/api/v1/meetings/{id}/minutes")
    @PreAuthorize(Allowed.SCRUTINY_OFFICERS)
    ResponseEntity<MeetingResponse> publishMinutes(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PublishMinutesRequest request) {
        return withETag(meetings.publishMinutes(id, request, ifMatch));
    }

    @GetMapping("/api/v1/meetings/{id}/history")
    List<Change> history(@PathVariable String id) {
        meetings.read(id);
        return history.of("meetings", id);
    }

    private static ResponseEntity<MeetingResponse> withETag(Meeting meeting) {
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(MeetingResponse.of(meeting));
    }

}
