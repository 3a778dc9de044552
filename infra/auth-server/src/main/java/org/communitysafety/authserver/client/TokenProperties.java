package org.communitysafety.authserver.client;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every issued access token shares.
 *
 * @param timeToLive how long a token is accepted; short, since nothing can revoke a
 * self-contained token
 * @param scopes the scopes every client is registered for, granted in full when a request
 * names none
 */
@ConfigurationProperties("platform.tokens")
public record TokenProperties(@DefaultValue("15m") Duration timeToLive, @DefaultValue("platform") Set<String> scopes) {

    public TokenProperties {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("platform.tokens.time-to-live must be positive");
        }
        scopes = Set.copyOf(scopes);
    }
}
