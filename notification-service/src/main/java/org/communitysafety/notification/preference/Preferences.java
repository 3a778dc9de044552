package org.communitysafety.notification.preference;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The use cases of members' preferences: how a member wants each kind of alert, and
 * changing it (by the member through a signed link, or by an administrator).
 */
@Service
public class Preferences {

    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Clock clock;

    Preferences(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    public Preference of(String membershipId) {
        Preference preference = mongo.findById(membershipId, Preference.class);
        return preference == null ? Preference.none(membershipId) : preference;
    }

    /**
     * Each membership's choice for the kind (the default where none was made), asked for
     * them all at once.
     */
    public Map<String, Choice> choicesOf(Collection<String> membershipIds, AlertKind kind) {
        Map<String, Choice> choices = new HashMap<>();
        membershipIds.forEach(id -> choices.put(id, Preference.none(id).choiceFor(kind)));
        mongo.find(Query.query(Criteria.where("_id").in(membershipIds)), Preference.class)
            .forEach(preference -> choices.put(preference.membershipId(), preference.choiceFor(kind)));
        return choices;
    }

    /**
     * Sets the member's choice for these kinds. Two changes at once (a member's click and
     * an administrator's call) are applied one after the other: the loser reads again.
     */
    Preference choose(String membershipId, Collection<AlertKind> kinds, Choice choice, String via) {
        for (int attempt = 1;; attempt++) {
            Preference current = mongo.findById(membershipId, Preference.class);
            Preference before = current == null ? Preference.none(membershipId) : current;
            var change = before.choose(kinds, choice, via, clock.instant());
            if (change.isEmpty()) {
                return before;
            }
            try {
                return current == null ? store.insert(change.get().aggregate(), List.of(change.get().event()))
                        : store.update(change.get().aggregate(), List.of(change.get().event()));
            }
            catch (ConcurrentChange changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

}
