package org.communitysafety.notification.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * The use cases of the delivery log: queueing an alert, forgetting the people erased, and
 * reading how deliveries went.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryRepository repository;

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Clock clock;

    private final DispatchSignal dispatcher;

    Deliveries(DeliveryRepository repository, MongoTemplate mongo, AggregateStore store, Clock clock,
            DispatchSignal dispatcher) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    /**
     * Queues an alert for the dispatcher. Queueing the same event's alert to the same
     * person again finds the delivery already there (its id is derived from both), so a
     * repeated event never sends a second email.
     */
    public Delivery queue(Alert alert) {
        return queue(alert, false);
    }

    /**
     * Queues one email of a routine mailing to many (an update of community safety
     * activity, a weekly digest): sent after the alerts due with it, so that a mailing to
     * a large group never holds them up.
     */
    public Delivery queueRoutine(Alert alert) {
        return queue(alert, true);
    }

    private Delivery queue(Alert alert, boolean routine) {
        var queueing = Delivery.queue(alert, clock.instant(), routine);
        try {
            Delivery queued = store.insert(queueing.aggregate(), List.of(queueing.event()));
            // Sent now, not at the next look for due deliveries.
            dispatcher.queued();
            return queued;
        }
        catch (ConcurrentChange alreadyQueued) {
            log.debug("Alert of event {} is already queued as delivery {}", alert.causeEventId(),
                    queueing.aggregate().id());
            return get(queueing.aggregate().id());
        }
    }

    /**
     * Forgets an erased person in every delivery to them: found by their memberships, and
     * by the addresses they were known by (whatever else may have been sent there).
     * Deliveries not yet sent are cancelled. A delivery a replica claims meanwhile is
     * read again and forgotten all the same: erasure must not lose a race.
     * @return how many deliveries were forgotten now (not counting those forgotten
     * before)
     */
    public int forgetRecipient(String erasureId, Collection<String> membershipIds, Collection<String> addresses) {
        Criteria toThem = new Criteria().orOperator(Criteria.where("alert.membershipId").in(membershipIds),
                Criteria.where("alert.recipient").in(addresses));
        Query notYetForgotten = Query.query(new Criteria().andOperator(toThem, Criteria.where("erasureId").is(null)));
        List<Delivery> found = mongo.find(notYetForgotten, Delivery.class);
        found.forEach(delivery -> forget(delivery.id(), erasureId));
        return found.size();
    }

    private void forget(String id, String erasureId) {
        for (int attempt = 1;; attempt++) {
            Delivery.Forgetting forgetting = get(id).forgetRecipient(erasureId, clock.instant());
            if (forgetting.events().isEmpty()) {
                return;
            }
            try {
                store.update(forgetting.delivery(), forgetting.events());
                return;
            }
            catch (ConcurrentChange claimedMeanwhile) {
                if (attempt == 3) {
                    throw claimedMeanwhile;
                }
            }
        }
    }

    /**
     * Tries every failed delivery again, e.g. once a mail outage longer than the policy's
     * horizon is over. A delivery changed meanwhile (erased) is left as that change left
     * it.
     * @return how many deliveries will be tried again
     */
    public int retryFailed() {
        int retried = 0;
        for (Delivery failed : repository.findByState(DeliveryState.FAILED)) {
            var retry = failed.retry(clock.instant());
            try {
                store.update(retry.aggregate(), List.of(retry.event()));
                retried++;
            }
            catch (ConcurrentChange changedMeanwhile) {
                log.debug("Delivery {} changed before it could be retried", failed.id());
            }
        }
        return retried;
    }

    public Delivery get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFound("No delivery has the id '" + id + "'"));
    }

    /**
     * Deliveries, newest first unless asked otherwise, optionally to one recipient and in
     * one state.
     */
    public Page<Delivery> list(String recipient, DeliveryState state, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (recipient != null && !recipient.isBlank()) {
            criteria = criteria.and("alert.recipient").is(recipient.trim().toLowerCase(Locale.ROOT));
        }
        if (state != null) {
            criteria = criteria.and("state").is(state);
        }
        Query query = Query.query(criteria).with(pageable);
        List<Delivery> page = mongo.find(query, Delivery.class);
        return PageableExecutionUtils.getPage(page, pageable,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), Delivery.class));
    }

}
