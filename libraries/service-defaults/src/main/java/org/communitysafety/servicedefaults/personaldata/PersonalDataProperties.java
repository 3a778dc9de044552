package org.communitysafety.servicedefaults.personaldata;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where personal-data keys travel.
 *
 * @param keyTopic the compacted topic a service that puts personal data in its events
 * publishes its subjects' keys to, e.g. {@code partnership.personal-data-keys}; none for
 * a service whose events carry no personal data
 * @param consumedKeyTopics the key topics of the producers whose events' personal data
 * this service reads
 * @param sendTimeout how long the key relay waits for the broker to take one key
 */
@ConfigurationProperties("platform.personal-data")
public record PersonalDataProperties(String keyTopic, @DefaultValue List<String> consumedKeyTopics,
        @DefaultValue("10s") Duration sendTimeout) {
}
