package org.communitysafety.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the service tries to deliver an email.
 *
 * @param maxAttempts attempts before a delivery is given up as failed
 * @param firstRetryAfter the wait after the first failed attempt; it doubles after each
 * further failure
 * @param maxRetryAfter the longest wait between attempts
 * @param lease how long one replica holds a delivery for an attempt; longer than the SMTP
 * timeouts, so that only an attempt whose replica died outlives it
 * @param batchSize how many due deliveries one round of the dispatcher takes
 * @param dispatchInterval how often the dispatcher looks for due deliveries
 */
@ConfigurationProperties("platform.mail.delivery")
public record DeliveryPolicy(@DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("30m") Duration maxRetryAfter, @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int batchSize, @DefaultValue("1s") Duration dispatchInterval) {

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
}
