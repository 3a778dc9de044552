package org.communitysafety.notification.recipient;

/**
 * A member to be told about something, and why they are being told.
 *
 * @param membershipId the membership the alert goes to (its preferences, its delivery)
 * @param name the member's name
 * @param email where to reach them
 * @param reason why they receive it, completing "You are receiving this because ..."
 */
public record Recipient(String membershipId, String name, String email, String reason) {
}
