package org.communitysafety.scrutiny.recommendation;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recommendations are followed up.
 *
 * @param responseWithin how long after a recommendation is sent its response is due
 * @param overdueCheckInterval how often the service looks for responses that fell overdue
 */
@ConfigurationProperties("platform.scrutiny.recommendations")
public record RecommendationProperties(@DefaultValue("P28D") Period responseWithin,
        @DefaultValue("PT15M") Duration overdueCheckInterval) {
}
