package org.communitysafety.partnership.membership;

/**
 * The personal part of a membership as it travels in events, sealed with the membership's
 * own key ({@code personalData} in {@code member-appointed.v2} and
 * {@code member-details-changed.v2}): erasing the person shreds the key, and with it
 * these details in every copy of every event.
 *
 * @param name the representative's name
 * @param role their role in their organisation
 * @param email where to reach them
 */
public record RepresentativeDetails(String name, String role, String email) {
}
