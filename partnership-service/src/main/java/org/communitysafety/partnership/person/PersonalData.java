package org.communitysafety.partnership.person;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.partnership.membership.MemberResponse;
import org.communitysafety.partnership.membership.Membership;
import org.communitysafety.partnership.membership.Memberships;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.springframework.stereotype.Service;

/**
 * A person's rights over their data: to see all of it, and to have it erased here and in
 * the other services.
 */
@Service
class PersonalData {

    /**
     * The fields of membership events that say who the person is; erasure takes them out
     * of the recorded history, which keeps what was done, when and by whom.
     */
    private static final List<String> PERSONAL = List.of("name", "role", "email");

    private final Memberships memberships;

    private final ChangeHistory history;

    private final AggregateStore store;

    private final Clock clock;

    PersonalData(Memberships memberships, ChangeHistory history, AggregateStore store, Clock clock) {
        this.memberships = memberships;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    PersonalDataExport export(String email) {
        List<Membership> held = held(email);
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        held.forEach(membership -> changes.put(membership.id(), history.of(Membership.COLLECTION, membership.id())));
        return new PersonalDataExport(held.get(0).email(), OffsetDateTime.now(clock),
                held.stream().map(MemberResponse::of).toList(), changes);
    }

    /**
     * Records the erasure with its event first, then replaces the details: if this fails
     * part way, the other services have still been told, and asking again finds and
     * erases what is left. The other order could leave the details gone here but
     * remembered everywhere else, with nothing left to find them by.
     */
    ErasureResponse erase(String email) {
        List<Membership> held = held(email);
        List<String> ids = held.stream().map(Membership::id).toList();
        var recorded = Erasure.of(ids, UkCalendar.today(clock));
        store.insert(recorded.aggregate(), List.of(recorded.event()));
        memberships.erase(email, held);
        history.redact(Membership.COLLECTION, ids, PERSONAL);
        return new ErasureResponse(recorded.aggregate().id(), ids, recorded.aggregate().erasedOn());
    }

    private List<Membership> held(String email) {
        List<Membership> held = memberships.ofPerson(email);
        if (held.isEmpty()) {
            throw new ResourceNotFound("The register holds no personal data for that email address");
        }
        return held;
    }

}
