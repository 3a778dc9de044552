package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the service tries to deliver an email: long enough to outlast a real mail
 * outage (a day by default, where a count of attempts had given up after about 15
 * minutes), without hammering the server meanwhile.
 *
 * @param giveUpAfter how long after attempts began a delivery keeps being retried before
 * it is failed with the last error
 * @param firstRetryAfter the wait after the first failed attempt; it doubles after each
 * further failure
 * @param maxRetryAfter the longest wait between attempts
 * @param lease how long one replica holds a delivery for an attempt; longer than the SMTP
 * timeouts, so that only an attempt whose replica died outlives it
 * @param batchSize how many due deliveries one round of the dispatcher takes, alerts
 * before routine mailings
 * @param dispatchInterval how often the dispatcher looks for due deliveries it was not
 * woken for (those due again after a back-off, those another replica queued or left)
 * @param senders how many connections to the SMTP server one replica sends over at once;
 * each round's batch is shared between them
 */
@ConfigurationProperties("platform.mail.delivery")
public record DeliveryPolicy(@DefaultValue("24h") Duration giveUpAfter, @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("30m") Duration maxRetryAfter, @DefaultValue("2m") Duration lease,
        @DefaultValue("40") int batchSize, @DefaultValue("1s") Duration dispatchInterval,
        @DefaultValue("4") int senders) {

    public DeliveryPolicy {
        if (batchSize < 1 || senders < 1) {
            throw new IllegalArgumentException("platform.mail.delivery batch-size and senders must be at least 1");
        }
    }

    /**
     * The wait after the given number of failed attempts: exponential back-off, capped.
     */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(maxRetryAfter) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) < 0 ? wait : maxRetryAfter;
    }

    /** Whether attempts that began then have run out of time. */
    boolean isOver(Instant attemptsBegan, Instant now) {
        return !now.isBefore(attemptsBegan.plus(giveUpAfter));
    }

}
