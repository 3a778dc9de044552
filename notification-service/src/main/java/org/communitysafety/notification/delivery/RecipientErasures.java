package org.communitysafety.notification.delivery;

import java.util.Optional;

/**
 * Whether a member's personal data has been erased, as the dispatcher asks before each
 * attempt: an erasure read on one partition can cross an alert to the same person queued
 * from another, and the person must not be emailed.
 */
@FunctionalInterface
public interface RecipientErasures {

    /** The erasure that emptied the membership, if its person has been erased. */
    Optional<String> erasureOf(String membershipId);

}
