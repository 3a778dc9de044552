package org.communitysafety.servicedefaults.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service publishes its events.
 *
 * @param topic the one topic this service publishes to, e.g. {@code partnership.events}
 * @param source the CloudEvents source naming this service, e.g.
 * {@code /services/partnership}
 * @param partitions partitions of the topic when the service declares it
 * @param relayInterval how often the relay looks for events still to publish
 * @param relayMaxBackoff the longest the relay waits between attempts while the broker is
 * unreachable
 * @param sendTimeout how long the relay waits for the broker to acknowledge one event
 * @param relayFullScanInterval how often the relay looks in every collection, not only
 * those it saw written
 * @param consumerRetries how often a failing handler is retried before its record is
 * dead-lettered
 * @param consumerMaxBackoff the longest wait between two retries of a failing handler
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String topic, String source, @DefaultValue("3") int partitions,
        @DefaultValue("200ms") Duration relayInterval, @DefaultValue("5s") Duration relayMaxBackoff,
        @DefaultValue("10s") Duration sendTimeout, @DefaultValue("30s") Duration relayFullScanInterval,
        @DefaultValue("8") int consumerRetries, @DefaultValue("30s") Duration consumerMaxBackoff) {
}
