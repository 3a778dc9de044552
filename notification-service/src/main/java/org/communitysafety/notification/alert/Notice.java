package org.communitysafety.notification.alert;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.servicedefaults.events.CloudEvent;

/**
 * What a feature wants its recipients told about one event.
 *
 * @param kind the kind of alert, by which each recipient's preference is found
 * @param cause the event it is about; with the membership, it identifies each email
 * @param template the email templates' name ({@code templates/mail/<template>.*})
 * @param model the values the templates name, besides those of every alert (the
 * recipient's name, why they receive it, the link and the preference links)
 * @param linkPath the item's path under the platform's public address
 * @param summary the one line that stands for the alert in a weekly digest
 */
public record Notice(AlertKind kind, CloudEvent cause, String template, Map<String, Object> model, String linkPath,
        String summary) {

    public Notice {
        // Copied, not Map.copyOf: a value a template may leave out can be null.
        model = Collections.unmodifiableMap(new HashMap<>(model));
    }

}
