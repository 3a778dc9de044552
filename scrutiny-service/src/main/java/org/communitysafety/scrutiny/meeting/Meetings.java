package org.communitysafety.scrutiny.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.scrutiny.body.Bodies;
import org.communitysafety.scrutiny.body.BodyOfficers;
import org.communitysafety.scrutiny.body.ScrutinyBody;
import org.communitysafety.scrutiny.replica.Replica;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases of meetings: scheduling, drafting and publishing the agenda, publishing
 * the minutes, all by the body's own scrutiny officers, who alone read what is not yet
 * published.
 */
@Service
public class Meetings {

    private final MeetingRepository repository;

    private final Bodies bodies;

    private final BodyOfficers officers;

    private final Replica replica;

    private final WorkingDays workingDays;

    private final AggregateStore store;

    private final Clock clock;

    Meetings(MeetingRepository repository, Bodies bodies, BodyOfficers officers, Replica replica,
            WorkingDays workingDays, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.bodies = bodies;
        this.officers = officers;
        this.replica = replica;
        this.workingDays = workingDays;
        this.store = store;
        this.clock = clock;
    }

    Meeting schedule(String bodyId, ScheduleMeetingRequest request) {
        ScrutinyBody body = bodies.get(bodyId);
        officers.checkActFor(body, "schedule its meetings");
        var scheduled = Meeting.schedule(body, request, clock.instant());
        return store.insert(scheduled.aggregate(), List.of(scheduled.event()));
    }

    Meeting addItem(String meetingId, AddAgendaItemRequest request, String ifMatch) {
        Meeting meeting = managed(meetingId, ifMatch, "draft its agendas");
        if (request.references() != null) {
            request.references().forEach(reference -> replica.checkKnown(reference.kind(), reference.id()));
        }
        var added = meeting.addItem(request);
        return store.update(added.aggregate(), List.of(added.event()));
    }

    Meeting publishAgenda(String meetingId, PublishAgendaRequest request, String ifMatch) {
        Meeting meeting = managed(meetingId, ifMatch, "publish its agendas");
        var published = meeting.publishAgenda(notice(meeting), request.lateReason());
        return store.update(published.aggregate(), List.of(published.event()));
    }

    Meeting publishMinutes(String meetingId, PublishMinutesRequest request, String ifMatch) {
        Meeting meeting = managed(meetingId, ifMatch, "publish its minutes");
        var published = meeting.publishMinutes(request.text(), today());
        return store.update(published.aggregate(), List.of(published.event()));
    }

    /** The notice publishing the meeting's agenda today would give. */
    AgendaNotice notice(Meeting meeting) {
        return AgendaNotice.of(meeting.day(), today(), workingDays);
    }

    /** A meeting with its unpublished material, for its own body's officers only. */
    Meeting read(String meetingId) {
        Meeting meeting = get(meetingId);
        officers.checkActFor(bodies.get(meeting.bodyId()),
                "read its unpublished material; what is published is at /api/v1/open/meetings/" + meetingId);
        return meeting;
    }

    Page<Meeting> ofBody(String bodyId, Pageable pageable) {
        officers.checkActFor(bodies.get(bodyId),
                "list its meetings with their drafts; what is published is at /api/v1/open/committees/" + bodyId);
        return repository.findByBodyId(bodyId, pageable);
    }

    public Meeting get(String meetingId) {
        return repository.findById(meetingId).orElseThrow(() -> new ResourceNotFound("No meeting '" + meetingId + "'"));
    }

    public Page<Meeting> page(Pageable pageable) {
        return repository.findAll(pageable);
    }

    public List<Meeting> all() {
        return repository.findAllByOrderByStartsAt();
    }

    /** Every meeting the body has scheduled, in time order. */
    public List<Meeting> scheduledBy(String bodyId) {
        return repository.findByBodyIdOrderByStartsAt(bodyId);
    }

    private Meeting managed(String meetingId, String ifMatch, String toDoWhat) {
        Meeting meeting = get(meetingId);
        officers.checkActFor(bodies.get(meeting.bodyId()), toDoWhat);
        ETags.checkIfMatch(ifMatch, meeting.version());
        return meeting;
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }

}
