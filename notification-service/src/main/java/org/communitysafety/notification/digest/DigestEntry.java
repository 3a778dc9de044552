package org.communitysafety.notification.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One alert held back for a member's weekly digest: a line and a link, nothing of the
 * member but their membership id.
 *
 * @param id the causing event and the membership: one event is one line for one member,
 * however often it arrives
 * @param membershipId whose digest it is in
 * @param kind the kind of alert
 * @param week the ISO week (Europe/London) it arrived in, e.g. {@code 2026-W49}
 * @param summary the line that stands for the alert
 * @param link the item's public address
 * @param collectedAt when it arrived
 * @param digestedAt when its digest was queued; none while it waits
 */
@Document("digest-entries")
record DigestEntry(@Id String id, String membershipId, String kind, String week, String summary, String link,
        Instant collectedAt, Instant digestedAt) {
}
