package org.communitysafety.notification.preference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a member receives each kind of alert.
 *
 * @param membershipId the membership
 * @param choices the choice for every kind of alert, by kind
 */
public record PreferenceResponse(String membershipId, Map<AlertKind, Choice> choices) {

    static PreferenceResponse of(Preference preference) {
        Map<AlertKind, Choice> choices = new LinkedHashMap<>();
        Arrays.stream(AlertKind.values()).forEach(kind -> choices.put(kind, preference.choiceFor(kind)));
        return new PreferenceResponse(preference.membershipId(), choices);
    }

}
