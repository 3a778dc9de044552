package org.communitysafety.notification.preference;

import java.time.Instant;
import java.util.List;

import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;

/**
 * A member's choice of how to receive some kinds of alert changed. Contract:
 * {@code contracts/events/alert-preference-chosen.v1.schema.json}.
 *
 * @param membershipId the membership whose alerts these are
 * @param kinds the kinds of alert whose choice changed
 * @param choice {@code AT_ONCE}, {@code WEEKLY_DIGEST} or {@code NEVER}
 * @param via {@code MEMBER_LINK} (the signed link in an email) or {@code ADMINISTRATOR}
 * @param chosenAt when
 */
@EventType("org.communitysafety.notification.alert-preference-chosen.v1")
public record PreferenceChosen(String membershipId, List<String> kinds, Choice choice, String via,
        Instant chosenAt) implements DomainEvent {

    static final String MEMBER_LINK = "MEMBER_LINK";

    static final String ADMINISTRATOR = "ADMINISTRATOR";

}
