package org.communitysafety.notification.preference;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's choices of how to receive each kind of alert. Preferences are kept per
 * membership, not per address: a person who sits on several groups may want every alert
 * of their CSP at once and only a digest of the county group's, and the links that change
 * them carry a membership id, never an address (docs/adr/006). A kind with no choice is
 * sent at once.
 *
 * @param membershipId the membership (the partnership service's id)
 * @param version the aggregate store's version
 * @param choices the choice per {@link AlertKind} name
 */
@Document(Preference.COLLECTION)
public record Preference(@Id String membershipId, @Version Long version, Map<String, Choice> choices) {

    static final String COLLECTION = "preferences";

    public Preference {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }

    static Preference none(String membershipId) {
        return new Preference(membershipId, null, Map.of());
    }

    public Choice choiceFor(AlertKind kind) {
        return choices.getOrDefault(kind.name(), Choice.AT_ONCE);
    }

    /**
     * Sets the choice for these kinds.
     * @return the changed preference with its event; none if nothing changed
     */
    Optional<Changed<Preference, PreferenceChosen>> choose(Collection<AlertKind> kinds, Choice choice, String via,
            Instant now) {
        List<AlertKind> changed = kinds.stream().filter(kind -> choiceFor(kind) != choice).sorted().toList();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Choice> after = new HashMap<>(choices);
        changed.forEach(kind -> after.put(kind.name(), choice));
        return Optional.of(new Changed<>(new Preference(membershipId, version, after),
                new PreferenceChosen(membershipId, changed.stream().map(AlertKind::name).toList(), choice, via, now)));
    }

}
