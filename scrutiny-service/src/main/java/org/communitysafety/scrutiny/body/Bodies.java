package org.communitysafety.scrutiny.body;

import java.time.Clock;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases of scrutiny bodies: recording them (administrators), appointing members
 * and recording panel arrangements (the body's own scrutiny officers).
 */
@Service
public class Bodies {

    private final ScrutinyBodyRepository repository;

    private final BodyOfficers officers;

    private final AggregateStore store;

    private final Clock clock;

    Bodies(ScrutinyBodyRepository repository, BodyOfficers officers, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.officers = officers;
        this.store = store;
        this.clock = clock;
    }

    /** Records a body; a second body with the same code is a conflict. */
    public ScrutinyBody establish(EstablishBodyRequest request) {
        var established = ScrutinyBody.establish(request);
        return store.insert(established.aggregate(), List.of(established.event()));
    }

    ScrutinyBody appoint(String bodyId, AppointBodyMemberRequest request, String ifMatch) {
        ScrutinyBody body = current(bodyId, ifMatch, "appoint its members");
        var appointed = body.appoint(request, UkCalendar.today(clock));
        return store.update(appointed.aggregate(), List.of(appointed.event()));
    }

    ScrutinyBody recordArrangement(String bodyId, RecordArrangementRequest request, String ifMatch) {
        ScrutinyBody body = current(bodyId, ifMatch, "record the panel arrangements");
        var agreed = body.recordArrangement(request, UkCalendar.today(clock));
        return store.update(agreed.aggregate(), List.of(agreed.event()));
    }

    public ScrutinyBody get(String bodyId) {
        return repository.findById(bodyId).orElseThrow(() -> new ResourceNotFound("No scrutiny body '" + bodyId + "'"));
    }

    public boolean exists(String bodyId) {
        return repository.existsById(bodyId);
    }

    public Page<ScrutinyBody> list(Pageable pageable) {
        return repository.findAll(pageable);
    }

    public List<ScrutinyBody> all() {
        return repository.findAll();
    }

    private ScrutinyBody current(String bodyId, String ifMatch, String toDoWhat) {
        ScrutinyBody body = get(bodyId);
        officers.checkActFor(body, toDoWhat);
        ETags.checkIfMatch(ifMatch, body.version());
        return body;
    }

}
