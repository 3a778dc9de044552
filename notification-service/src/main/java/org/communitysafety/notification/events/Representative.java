package org.communitysafety.notification.events;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * This service's reading of the sealed personal part of a membership in
 * {@code member-appointed.v2} and {@code member-details-changed.v2} (the partnership
 * service's {@code RepresentativeDetails}): who the member is and how to reach them.
 * Details without a name or a usable address are refused, so the event is dead-lettered
 * rather than half-handled.
 *
 * @param name the representative's name
 * @param role their role in their organisation
 * @param email where to reach them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Representative(String name, String role, String email) {

    private static final Pattern EMAIL = Pattern.compile(InputRules.EMAIL);

    public Representative {
        MemberAppointed.require(name, "name");
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an email address");
        }
    }

}
